# __radd__ and friends, NotImplemented fallback
class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "M(%r)" % self.v
    def __add__(self, o):
        if isinstance(o, (int, M)):
            return M(self.v + (o if isinstance(o, int) else o.v))
        return NotImplemented
    def __radd__(self, o):
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
print(1 + M(2), 10 - M(3), 3 * M(4), 1 / M(4), 2 ** M(5))
print(sum([M(1), M(2), M(3)]))
print(M(1) + M(2), M(1) + 5)
try:
    M(1) + "s"
except TypeError:
    print("TypeError after NotImplemented")
class Sub(M):
    def __radd__(self, o):
        return "Sub.__radd__ first"
print(M(1) + Sub(2))
