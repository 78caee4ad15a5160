# classes: properties, descriptors, MRO diamonds, __slots__, eq/hash
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who())
print(isinstance(D(), A), issubclass(D, C), issubclass(D, (int, C)))

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
p = P()
p.x = 5
print(p.x)
del p.x
print(p.x)

class RO:
    @property
    def v(self): return 1
try:
    RO().v = 2
except AttributeError:
    print("AttributeError readonly")

class Desc:
    def __get__(self, obj, typ=None):
        return "desc get" if obj is not None else "class get"
    def __set__(self, obj, val):
        print("desc set", val)
class H:
    d = Desc()
h = H()
print(h.d, H.d)
h.d = 9

class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
try:
    hash(Eq(1))
except TypeError:
    print("unhashable with __eq__")
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2))

class EqH(Eq):
    def __hash__(self): return hash(self.v)
print(len({EqH(1), EqH(1), EqH(2)}))

class Plain: pass
a1 = Plain(); a2 = Plain()
print(a1 == a1, a1 == a2, a1 != a2, len({a1, a2, a1}))

class Cls:
    count = 0
    def __init__(self):
        Cls.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def add(a, b):
        return a + b
Cls.make(); Cls(); Cls().make()
print(Cls.count, Cls.add(2, 3), Cls().add(1, 1))

class Sub(Cls): pass
print(type(Sub.make()).__name__)

class Rep:
    def __repr__(self): return "Rep()"
print(Rep(), [Rep()], str(Rep()), "%s" % Rep(), f"{Rep()}", f"{Rep()!r}")
class StrOnly:
    def __str__(self): return "stronly"
print(StrOnly(), [StrOnly()][0].__str__(), str(StrOnly()))

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "Num(%d)" % self.v
n = Num(1) + Num(2)
print(n, 5 + n, n + 5, sum([Num(1), Num(2)], Num(0)))
m = n
m += 10
print(m is n, n)
print(sorted([Num(3), Num(1), Num(2)]), max(Num(3), Num(5)), Num(1) > Num(0))

class Cont:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, "missing")
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
c = Cont()
c["a"] = 1; c["b"] = 2
del c["a"]
print(c["a"], c["b"], len(c), "b" in c, "a" in c, list(c))

class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())

class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))

class GA:
    def __getattr__(self, name): return name.upper()
g = GA()
g.real = 1
print(g.foo, g.real)

class SA:
    def __setattr__(self, name, v):
        print("set", name, v)
        object.__setattr__(self, name, v)
sa = SA(); sa.z = 3; print(sa.z)

class Bool:
    def __bool__(self): return False
class Len0:
    def __len__(self): return 0
print(bool(Bool()), bool(Len0()), not Len0(), "yes" if Bool() else "no")

class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), hex(Idx()), range(10)[Idx()])

print(type(D).__name__, D.__name__, D().__class__.__name__)
class Base:
    def __init__(self, x): self.x = x
class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
d = Derived(1, 2)
print(d.x, d.y, hasattr(d, "x"), getattr(d, "z", "dflt"))
setattr(d, "z", 5); delattr(d, "x")
print(hasattr(d, "x"), d.z)
