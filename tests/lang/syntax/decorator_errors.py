# Decorator syntax (any expression since 3.9) and its SyntaxErrors.
srcs = [
    "@x\ndef f(): pass",
    "@x.y\ndef f(): pass",
    "@x()\nclass C: pass",
    "@x[0]\ndef f(): pass",
    "@x + 1\ndef f(): pass",
    "@\ndef f(): pass",
    "@x\nx = 1",
    "@x\n@y\nasync def f(): pass",
    "@(lambda f: f)\ndef f(): pass",
    "@x def f(): pass",
    "@x\n\ndef f(): pass",
    "@x = 1\ndef f(): pass",
    "@x\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError:
        print(repr(s), "SyntaxError")


def deco(f):
    return 42


@deco
def g():
    pass


print(g)


@[deco][0]
def h():
    pass


print(h)
