# Without MBPY_VAR_ANNOTATIONS (the device, as the original firmware): a variable annotation is
# `SyntaxError: invalid syntax`, wherever it stands; a def's parameter and return annotations still work.
for src in ("x: int = 5", "x: int", "class A:\n    y: int = 3", "def f():\n    z: int = 2", "a.b: int", "(x): int = 1"):
    try:
        exec(src)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.args[0])


def f(a: int, b: "str" = "s") -> int:
    return a


print(f(4), {1: 2}, (lambda x: x)(7))
d = {}
d[1] = 2
print(d)
