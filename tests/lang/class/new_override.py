# __new__: returning another type skips __init__; object.__new__ checks its argument.
class A:
    def __new__(cls):
        print("A.__new__")
        return super().__new__(cls)
    def __init__(self):
        print("A.__init__")
a = A()
print(type(a).__name__)

class B:
    def __new__(cls, x):
        print("B.__new__", x)
        return 42
    def __init__(self, x):
        print("B.__init__ should not run")
b = B(3)
print(b)

class C:
    def __new__(cls):
        return A()
    def __init__(self):
        print("C init not run")
print(type(C()).__name__)

class D(A):
    pass
print(type(D()).__name__)

# object.__new__ checks
try:
    object.__new__(1)
except TypeError:
    print("TypeError int")
try:
    object.__new__()
except TypeError:
    print("TypeError none")
try:
    object.__new__(int)
except TypeError:
    print("TypeError builtin int")
class E:
    pass
print(type(object.__new__(E)).__name__)
# __new__ returning subclass instance runs its __init__
class F:
    def __new__(cls):
        return object.__new__(G)
    def __init__(self):
        print("F.__init__", type(self).__name__)
class G(F):
    pass
F()
# __new__ staticmethod explicit call
class H:
    def __new__(cls, *a):
        print("H new", a)
        return object.__new__(cls)
H.__new__(H, 1, 2)
h = H(5)
