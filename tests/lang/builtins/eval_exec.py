# eval() and exec() with globals/locals dicts
print(eval("1 + 2 * 3"))
x = 10
print(eval("x * 2"))
print(eval("a + b", {"a": 1, "b": 2}))
g = {}
exec("y = 5\ndef f(n):\n    return n * y", g)
print(g["y"], g["f"](3))
exec("z = 42")
print(z)
print(eval("[i * i for i in range(4)]"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
ns = {"v": 3}
exec("v += 1", ns)
print(ns["v"])
print(eval("len('abc')", {}))
# A class body reads __name__ for its __module__: with bare globals it is the builtins' own.
ns = {}
exec("class A:\n    pass", ns)
print(ns["A"].__module__, eval("__name__", {}))
