# SyntaxErrors of statements and parameters, as CPython raises them.
srcs = [
    "def f(a, a): pass", "def f(a=1, b): pass", "def f(*, **k): pass", "def f(*): pass", "lambda *: 1",
    "def f(**k, a): pass", "def f(*a, *b): pass", "return", "yield", "break", "continue",
    "def f():\n nonlocal x", "nonlocal x", "def f():\n x = 1\n global x", "def f(x):\n global x",
    "del f()", "f() = 1", "1 = 2", "None = 1", "(a, b) += 1", "a + 1 += 1", "x: int = 1", "(x): int",
    "[a, b]: int", "del (a, b)", "del [a]", "del 1", "for 1 in x: pass", "with a as 1: pass", "*a = 1",
    "*a, = 1", "a, *b, *c = 1", "[*a]", "{**a}", "lambda: (yield)", "class C:\n return",
    "def f():\n yield\n return 1", "x = yield", "def f():\n class C:\n  yield", "try:\n pass",
    "if 1:\npass", "  x = 1", "x = 1\n  y = 2", "x = 'abc", "x = '''abc", "0123", "1_", "1__0", "0b2",
    "x = (", "x = )", "a b", "import", "from x import", "def f():\n from x import *", "x = *a",
    "a if b", "lambda x=1, y: 0", "assert", "raise from x", "global", "while 1:\n def f():\n  break",
    "for x in y:\n class C:\n  continue", "try:\n pass\nexcept:\n pass\nexcept ValueError:\n pass",
    "True = 1", "def f(True): pass", "f(True=1)", "f(x for x in y, 1)",
    "[(yield) for x in y]", "def f():\n [(yield) for x in y]", "def f():\n ((yield) for x in y)",
    "def f():\n [x for x in (yield)]", "def f():\n global x\n nonlocal x", "def f(x, *a, *):\n pass",
    "def f():\n x = 1\n def g():\n  nonlocal x\n  global x", "def f():\n x = 1\n def g():\n  global x\n  nonlocal x",
    "def f(a, *, a): pass", "lambda a, a: 0", "def f(a, *a): pass", "def f(a, **a): pass",
    "f(a=1, a=2)", "f(a=1, b=2, a=3)", "f(a=1, **b, a=2)", "f(**a, **a)",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError:
        print(repr(s), "SyntaxError")
