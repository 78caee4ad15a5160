# Without MBPY_FORMAT_ATTRS (the device, as the original firmware): a str.format field that reaches
# into its argument ('{0[1]}', '{x.attr}') is NotImplementedError "attributes not supported yet"; plain,
# numbered and keyword fields with their specs are as in CPython. The .exp is the original's output.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: "{0[1]}".format([5, 6]))
t(lambda: "{0.real}".format(3))
t(lambda: "{x[a]}".format(x={"a": 1}))
t(lambda: "{0[1]:>4}".format("ab"))
print("{} {}".format(1, "a"), "{1}{0}".format("x", "y"), "{k:>3}|".format(k=7), "{0!r:^5}".format("s"))
print("{:{}}|{{}}".format("z", 3))
