# __new__ is a static method even when reached through an instance; NotImplemented from unary, in-place and
# reflected operators.
class A:
    def __new__(cls):
        print("A.__new__")
        return super(cls, A).__new__(cls)
    def __init__(self):
        pass
    def meth(self):
        print('A.meth')
a = A()
a.meth()
a = A.__new__(A)
a.meth()
a = a.__new__(A)
a.meth()
class B:
    def __new__(self, v1, v2):
        print("B.__new__", v1, v2)
    def __init__(self, v1, v2):
        print("B.__init__", v1, v2)
print("B inst:", B(1, 2))
class B2:
    def __new__(cls, *args, **kwargs):
        print("B2.__new__", args, kwargs)
        return object.__new__(cls)
    def __init__(self, *a, **k):
        print("B2.__init__", a, k)
B2(1, 2, x=3)
class Dummy: pass
class Dummy2:
    def __new__(cls, x): return Dummy()
print(type(Dummy2(1)).__name__)
class C:
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return "C({})".format(self.value)
    def __add__(self, rhs):
        print(self, '+', rhs)
        return NotImplemented
    def __lt__(self, rhs):
        print(self, '<', rhs)
        return NotImplemented
    def __neg__(self):
        print('-', self)
        return NotImplemented
c = C(0)
try:
    c + 1
except TypeError:
    print("TypeError")
try:
    c < 1
except TypeError:
    print("TypeError")
print(-c)
try:
    1 + c
except TypeError:
    print("TypeError")
class IO:
    def __iadd__(self, o):
        print("iadd")
        return NotImplemented
    def __add__(self, o):
        print("add")
        return 5
x = IO()
x += 1
print(x)
class R:
    def __radd__(self, o): print("radd", o); return 7
    def __rlshift__(self, o): return "rl"
    def __rpow__(self, o): return "rp"
    def __rmatmul__(self, o): return "rm"
    def __rfloordiv__(self, o): return "rfd"
    def __rtruediv__(self, o): return "rtd"
    def __rand__(self, o): return "rand"
    def __rmod__(self, o): return "rmod"
    def __rdivmod__(self, o): return "rdm"
print(1 + R(), 1 << R(), 2 ** R(), 1 // R(), 1 / R(), 1 & R(), 1 % R())
print(1.5 + R(), 3 % R(), True & R())
