# The name ops' own locals dict (class bodies, exec/eval with separate locals) lives after a frame's
# operand stack; module level uses the globals. Names, deletes, locals(), try blocks and free variables.
x = "global x"


class A:
    x = "class x"
    y = x + "!"
    try:
        z = undefined_name
    except NameError:
        z = "caught"
    del y
    names = sorted(k for k in locals() if not k.startswith("__"))


print(A.x, A.z, A.names, hasattr(A, "y"))


def outer(v):
    w = v * 2

    class B:
        a = v
        b = w + 1
        c = [w for _ in range(2)]

        def get(self):
            return v, w

    return B


B = outer(5)
print(B.a, B.b, B.c, B().get())
g = {"base": 10}
l = {}
exec("k = base + 1\nb2 = 1\ndel b2\ntry:\n    b2\nexcept NameError:\n    m = 'gone'\nelse:\n    m = 'kept'\n", g, l)
print(sorted(l.items()), "base" in g)
print(eval("k * 2 + base", {"base": 1}, {"k": 4}))
exec("q = 3", g)
print(g["q"], eval("q + 1", g))
exec("import math as mm\nr = mm.floor(2.5)", g, l)
print(l["r"], "mm" in l, "mm" in g)
print(x, locals() is globals())
