# __lt__ __le__ __gt__ __ge__ and reflected comparisons, sorting objects
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
    def __ge__(self, o):
        return self.v >= o.v
    def __repr__(self):
        return "V(%d)" % self.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b > a)
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)), min([V(4), V(0)]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(2) > OnlyLt(1))
try:
    V(1) < 5
except AttributeError:
    print("AttributeError from __lt__")
try:
    object() < object()
except TypeError:
    print("TypeError unorderable")
class NI:
    def __lt__(self, o):
        return NotImplemented
try:
    NI() < NI()
except TypeError:
    print("TypeError NotImplemented both ways")
