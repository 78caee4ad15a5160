# Class instantiation, Python arithmetic operators and builtin method calls, each of which the VM runs
# on a fast path when it can (an __init__ or __add__ as a frame of its loop, a cached builtin method):
# the results and errors must be those of the general path.


class P:
    def __init__(self, x, y=2, *rest, **kw):
        self.x = x
        self.y = y
        self.rest = rest
        self.kw = kw

    def __add__(self, other):
        if isinstance(other, P):
            return P(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __radd__(self, other):
        return P(self.x + other, self.y)

    def __iadd__(self, other):
        self.x += other
        return self

    def __repr__(self):
        return "P(%r, %r, %r, %r)" % (self.x, self.y, self.rest, sorted(self.kw.items()))


a = P(1)
b = P(3, 4, 5, 6, k=7)
print(a, b, a + b, 10 + a)
a += 5
print(a)
try:
    print(a + "s")
except TypeError as e:
    print("TypeError")


class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as e:
    print("TypeError", "__init__" in str(e))


class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.made = "new"
        return o

    def __init__(self, v):
        self.v = v


w = WithNew(3)
print(w.made, w.v)


class Gen:
    def __init__(self):
        self.items = []


g1, g2 = Gen(), Gen()
g1.items.append(1)
print(g1.items, g2.items)


class Sub(P):
    def __init__(self, x):
        super().__init__(x, 9)


print(Sub(4))
try:
    P()
except TypeError:
    print("TypeError missing argument")


class Err(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


try:
    raise Err(42)
except Err as e:
    print(e.code, e.args)

# A call site that sees different receivers: list, str, a class with its own append.
class Own:
    def __init__(self):
        self.got = []

    def append(self, v):
        self.got.append(v * 2)


for target in ([], Own(), []):
    for i in range(3):
        target.append(i)
    print(target if isinstance(target, list) else target.got)
for s in ("a,b", "c d", "e"):
    print(s.split(","), s.upper())
try:
    [].append()
except TypeError:
    print("TypeError append")
try:
    [].append(1, 2)
except TypeError:
    print("TypeError append 2")
print(len("abc"), abs(-2.5), max(3, 7), min([4, 1]), sum([1.5, 2.5]))
