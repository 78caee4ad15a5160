# Where := is a SyntaxError (PEP 572), and where it is allowed.
srcs = [
    "(a := 1) = 2",
    "a := 1",
    "def f(a := 1): pass",
    "f(a := 1)",
    "x = (y := 1)",
    "[i := 0 for i in range(2)]",
    "[(j := 0) for i in range(2)]",
    "[(i := 0) for i in range(2)]",
    "(lambda: (x := 1))",
    "class C:\n [(y := 1) for x in range(2)]",
    "class C:\n y = (z := 1)",
    "def f():\n [(x := 1) for x in y]",
    "(a.b := 1)",
    "(a[0] := 1)",
    "print((x := 1))",
    "[x for x in (y := [1])]",
    "[x for x in range(2) if (x := 1)]",
    "[x for x in range(2) if (y := 1)]",
    "[[(i := 1) for j in range(2)] for i in range(2)]",
    "[[(k := 1) for j in range(2)] for i in range(2)]",
    "[x for x in [(y := 1) for z in range(2)]]",
    "{(x := 1): 2 for y in z}",
    "{a: (a := 1) for a in z}",
    "((y := 1) for x in z)",
    "((x := 1) for x in z)",
    "x = 1 if (y := 2) else 3",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError:
        print(repr(s), "SyntaxError")
