# more class features: class attributes, inheritance of dunders, __new__, __init__ return, type(), repr defaults
class Counter:
    instances = []
    def __new__(cls, *args):
        obj = super().__new__(cls)
        cls.instances.append(obj)
        return obj
    def __init__(self, n):
        self.n = n
a = Counter(1); b = Counter(2)
print(len(Counter.instances), a.n, b.n)

class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError:
    print("TypeError init returned")

class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), ml[1:], type(ml).__name__, isinstance(ml, list))

class MyDict(dict):
    def __missing__(self, key):
        return key * 2
md = MyDict(a=1)
print(md["a"], md["zz"], len(md))

class MyStr(str):
    def shout(self):
        return self.upper() + "!"
print(MyStr("hi").shout(), MyStr("a") + "b", len(MyStr("abc")))

class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)
print(MyInt(5) + 1, repr(MyInt(5)), MyInt(3) * 2, MyInt("7"))

class Animal:
    sound = "..."
    def speak(self):
        return "%s says %s" % (type(self).__name__, self.sound)
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    pass
print(Animal().speak(), Dog().speak(), Puppy().speak())
Dog.sound = "bark"
print(Puppy().speak())

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return "Vec(%r, %r)" % (self.x, self.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
v = Vec(3, 4)
print(v + v, v - Vec(1, 1), v * 2, 2 * v, -v, abs(v), v == Vec(3, 4), v != Vec(3, 4), list(v), v[1], len(v))
x, y = v
print(x, y, {v: 1}[Vec(3, 4)], v in [Vec(3, 4)])

class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return "C%d" % self.v
print(Cmp(1) < Cmp(2), Cmp(2) > Cmp(1), Cmp(1) <= Cmp(1), Cmp(3) >= Cmp(2))
try:
    Cmp(1) < 5
except AttributeError:
    print("AttributeError cmp")
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError:
    print("TypeError no cmp")

class NI:
    def __eq__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
print(NI() == NI(), NI() != 1)
try:
    NI() + 1
except TypeError:
    print("TypeError NotImplemented add")

class Meta:
    pass
T = type("T", (Meta,), {"x": 5, "f": lambda self: self.x * 2})
print(T.__name__, T().x, T().f(), isinstance(T(), Meta))
print(type(5) is int, type("") == str, type(T()) is T)

class WithClassVar:
    items = []
    def add(self, v):
        self.items.append(v)
w1 = WithClassVar(); w2 = WithClassVar()
w1.add(1); w2.add(2)
print(WithClassVar.items, w1.items is w2.items)

class Shadow:
    x = 1
s = Shadow()
s.x = 2
print(s.x, Shadow.x)
del s.x
print(s.x)
try:
    del s.x
except AttributeError:
    print("AttributeError del")

class Outer:
    class Inner:
        val = 42
    def get(self):
        return self.Inner.val
print(Outer().get(), Outer.Inner.val)

class StaticCount:
    @staticmethod
    def s(): return "static"
    @classmethod
    def c(cls): return cls.__name__
print(StaticCount.s(), StaticCount().s(), StaticCount.c(), StaticCount().c())

class PropInherit:
    @property
    def p(self): return "base"
class PI2(PropInherit):
    @property
    def p(self): return "derived+" + super().p
print(PI2().p)

class BoundM:
    def m(self): return self
bm = BoundM()
f = bm.m
print(f() is bm, BoundM.m(bm) is bm)

class ReprDefault: pass
r = repr(ReprDefault())
print(r.startswith("<__main__.ReprDefault object at ") or r.startswith("<ReprDefault object at "))

class Str2:
    def __init__(self): self.v = 1
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(Str2(), str(Str2()), repr(Str2()), [Str2()], (Str2(),), {"k": Str2()}, f"{Str2()}", "%s %r" % (Str2(), Str2()))

class Iterable:
    def __init__(self, n): self.n = n
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Iterable(3)), sum(Iterable(4)), sorted(Iterable(3), reverse=True), 2 in Iterable(3))
a, b, c = Iterable(3)
print(a, b, c)
