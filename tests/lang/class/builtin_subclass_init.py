# Subclasses of builtin types with their own __init__: the builtin part comes from the constructor's
# arguments (int, str, tuple) or from super().__init__ (list, dict, set, bytearray), as in CPython.
class I(int):
    def __init__(self, v):
        self.tag = "i"
x = I(5)
print(x + 1, x.tag)
class S(str):
    def __init__(self, v):
        self.n = len(v)
print(S("abc").upper(), S("abc").n)
class T(tuple):
    def __init__(self, v):
        self.first = v[0]
print(T([7, 8]), T([7, 8]).first)
class St(set):
    def __init__(self, items):
        super().__init__(items)
print(sorted(St([3, 1, 3])))
class B(bytearray):
    def __init__(self, n):
        super().__init__(n)
print(bytes(B(3)), len(B(3)))
class D2(dict):
    def __init__(self, pairs):
        super().__init__(pairs, z=0)
print(sorted(D2([("a", 1)]).items()))
class Plain(list):
    def __init__(self, a):
        self.a = a
print(Plain(3), Plain(3).a)
class D(list):
    def __init__(self, a):
        super().__init__([a, a])


d = D(4)
d.append(5)
print(d, len(d), d[0])
