# Without MBPY_SYNTAX_EXTRA (the device, as the original firmware): the syntax newer than MicroPython 1.9 is
# a SyntaxError, raised before anything runs (syntax_extra_kept.py: the forms the firmware has).
for src in (
    "[*a]",
    "(*a,)",
    "{*a}",
    "{1, *a}",
    "x = 1, *a",
    "print([*a for a in b])",
    "{**d}",
    "{1: 2, **d}",
    "x[*a]",
    "def f(a, /, b): pass",
    "lambda a, /: a",
    "1_000",
    "0x_ff",
    "1.0_5",
    "1e1_0",
    "a @ b",
    "a @= b",
    "with (a as b, c as d): pass",
    "with (a as b): pass",
    "try:\n    pass\nexcept* E:\n    pass",
):
    try:
        exec(src)
        print("ran", repr(src))
    except SyntaxError:
        print(repr(src), "SyntaxError")

