# Class methods through super(), exception subclasses with __str__/__repr__/__new__, duck-typed yield from.
class A:
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls): return cls.__name__
class B(A): pass
print(B.s(1), B().s(2), B.c(), B().c(), A.c(), super(B, B()).c())
class Sub(A):
    @classmethod
    def c(cls): return "sub " + super().c()
print(Sub.c(), Sub().c())
print(A.__dict__['s'](3))
class E(Exception): pass
class F(E):
    def __init__(self, x): super().__init__(x, 2)
print(repr(F(1)), str(F(1)))
class G(Exception):
    def __str__(self): return "G!"
print(repr(G(1)), str(G(1)))
class H(Exception):
    def __repr__(self): return "H!"
print(repr(H(1)))
class V(ValueError):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.extra = 1
        return o
v = V(3)
print(repr(v), v.args, v.extra)
try:
    raise V(4)
except ValueError as e:
    print(repr(e), e.extra)
class W(Exception):
    def __new__(cls):
        return ValueError("other")
print(repr(W()))
print(repr(KeyError()), repr(Exception("a", 1)))
class NI(StopIteration): pass
print(repr(NI(1)), NI(1).value)
def gen():
    yield from Iter()
class Iter:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): print('close')
g = gen(); print(next(g)); g.close()
def gen8():
    yield from range(2)
g = gen8(); print(next(g)); g.close()
class Incrementer:
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, val):
        if val is None: return "init"
        return val + 1
def gen3():
    yield from Incrementer()
g = gen3(); print(next(g)); print(g.send(5)); print(g.send(100))
