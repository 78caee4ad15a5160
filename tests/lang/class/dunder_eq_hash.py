# __eq__, __ne__ and __hash__
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
    def __hash__(self):
        return hash(self.x)
print(P(1) == P(1), P(1) != P(1), P(1) == P(2), P(1) == 1)
s = {P(1), P(1), P(2)}
print(len(s))
d = {P(3): "three"}
print(d[P(3)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
    print("hashable")
except TypeError:
    print("TypeError unhashable")
class Default:
    pass
x = Default()
print(x == x, x == Default(), x != Default(), hash(x) == hash(x))
class NE:
    def __eq__(self, o):
        return "eq-result"
print(NE() == 1, NE() != 1)
class OnlyNE:
    def __ne__(self, o):
        return True
print(OnlyNE() != OnlyNE())
