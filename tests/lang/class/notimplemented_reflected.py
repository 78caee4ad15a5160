# NotImplemented from a binary operator falls back to the other operand's reflected method.
class A:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "radd"
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("A.__gt__")
        return NotImplemented
    def __eq__(self, o):
        return NotImplemented
    def __sub__(self, o): return NotImplemented
class B:
    def __radd__(self, o):
        print("B.__radd__")
        return "B radd"
    def __rsub__(self, o):
        return "B rsub"
    def __gt__(self, o):
        print("B.__gt__")
        return True
print(A(1) + B())
print(A(1) - B())
print(A(1) < B())
try:
    A(1) < A(2)
except TypeError:
    print("TypeError lt")
try:
    A(1) - 3
except TypeError:
    print("TypeError")
print(1 + A(1))
print(A(1) == A(1))
a = A(1)
print(a == a, a != a)
print(repr(NotImplemented))
class I:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "add"
i = I(); i += 1; print(i)
try:
    A(1) * 2
except TypeError:
    print("TypeError")
# Between two objects of one type the reflected method is not tried (comparisons still swap).
try:
    A(1) + A(2)
except TypeError:
    print("TypeError same type")
class J:
    def __init__(self): self.n = 0
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return NotImplemented
    def __radd__(self, o):
        print("J.__radd__")
        return 0
j = J()
try:
    j += J()
except TypeError:
    print("TypeError same type inplace")
try:
    A(1) > A(2)
except TypeError:
    print("TypeError gt")
