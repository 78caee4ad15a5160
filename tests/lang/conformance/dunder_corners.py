# special-method corners: reflected priority for subclasses, __hash__ = None, fallbacks, bad return types
class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __eq__(self, o): return "A.eq"
class B(A):
    def __radd__(self, o): return "B.radd"
    def __eq__(self, o): return "B.eq"
print(A() + B(), B() + A(), 1 + A(), A() == B(), B() == A())

class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError:
    print("TypeError unhashable")
print(Unhash() == Unhash())

class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())

class OnlyGetitem:
    def __getitem__(self, i):
        if i < 4: return i * i
        raise IndexError(i)
print(list(OnlyGetitem()), 9 in OnlyGetitem(), [x for x in OnlyGetitem()])

class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError negative len")
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError:
    print("TypeError len str")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError bool int")
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError:
    print("TypeError repr")
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError:
    print("TypeError str")

class Ordered:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
print(Ordered(1) < Ordered(2), Ordered(2) > Ordered(1), sorted([Ordered(3), Ordered(1)])[0].v)
try:
    Ordered(1) <= Ordered(2)
except TypeError:
    print("TypeError le")

class Inplace:
    def __init__(self): self.log = []
    def __iadd__(self, o):
        self.log.append(o)
        return self
    def __isub__(self, o):
        return "replaced"
x = Inplace()
x += 1
x += 2
print(x.log)
x -= 1
print(x)

class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)

class Getattr:
    x = 1
    def __getattr__(self, name):
        if name.startswith("y"):
            return name
        raise AttributeError(name)
g = Getattr()
print(g.x, g.yes, getattr(g, "no", "default"), hasattr(g, "nope"), hasattr(g, "yy"))

class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))

class Div:
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __pow__(self, o): return "pow"
    def __rpow__(self, o): return "rpow"
    def __matmul__(self, o): return "matmul"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rsub__(self, o): return "rsub"
    def __rtruediv__(self, o): return "rtruediv"
    def __rmod__(self, o): return "rmod"
    def __divmod__(self, o): return "divmod"
d = Div()
print(d / 1, d // 1, d % 1, d ** 2, 2 ** d, d @ 1, d << 1, d >> 1, d & 1, d | 1, d ^ 1, 1 - d, 1 / d, 1 % d, divmod(d, 1))

class Sized:
    def __len__(self): return 3
print(bool(Sized()), len(Sized()))

class Hashy:
    def __init__(self, k): self.k = k
    def __hash__(self): return self.k
    def __eq__(self, o): return isinstance(o, Hashy) and self.k == o.k
s = {Hashy(1), Hashy(1), Hashy(2)}
print(len(s), Hashy(1) in s, {Hashy(3): "v"}[Hashy(3)])

class Ctx:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return False
with Ctx() as c:
    print(c)

class CallCounter:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@CallCounter
def sq(x): return x * x
print(sq(3), sq(4), sq.n)

class ClassWithClassmethodNew:
    def __init__(self, v=0): self.v = v
    @classmethod
    def from_str(cls, s): return cls(int(s))
print(ClassWithClassmethodNew.from_str("12").v)

class Reversible:
    def __reversed__(self): return iter("cba")
print(list(reversed(Reversible())))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
print(list(reversed(SeqRev())))

class Idx:
    def __index__(self): return 1
print("abc"[Idx()], [5, 6][Idx()], range(5)[Idx()])

class Fmt:
    def __format__(self, spec): return "fmt[" + spec + "]"
print(format(Fmt(), "x>5"), f"{Fmt():abc}", "{:q}".format(Fmt()))

class Cont:
    def __contains__(self, x): return x == 1
print(1 in Cont(), 2 in Cont(), 2 not in Cont())

class IntLike:
    def __int__(self): return 7
    def __float__(self): return 7.5
print(int(IntLike()), float(IntLike()))
