# repr, str and args of exception subclasses, with their own __init__ and __new__.
class E(Exception): pass
print(repr(E()), repr(E(1)), repr(E(1, 2)), str(E(1)), str(E(1,2)))
class F(ValueError):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
f = F(1, 2)
print(repr(f), f.args, f.b)
class G(Exception):
    def __new__(cls, *a):
        print("G new", a)
        return super().__new__(cls, *a)
g = G(1, 2)
print(repr(g), g.args)
class H(Exception):
    def __init__(self): pass
print(repr(H()), H().args)
class K(KeyError): pass
print(str(K("x")), repr(K("x")))
class S(StopIteration): pass
print(S(5).value)
print(repr(Exception.__new__(E)), repr(Exception.__new__(E, 1)))
e = ValueError.__new__(ValueError, 3)
print(e.args)
