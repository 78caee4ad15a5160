# __slots__ declared: normal attribute use still works
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
p.x += 5
print(p.x, p.y)
class Q(P):
    def total(self):
        return self.x + self.y
print(Q(3, 4).total())
