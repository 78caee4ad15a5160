# collections.namedtuple
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), p == (1, 2))
q = Point(x=3, y=4)
print(q, q._replace(x=10) if hasattr(q, "_replace") else Point(10, 4))
a, b = q
print(a, b, isinstance(p, tuple))
Color = namedtuple("Color", "r g b")
c = Color(255, 128, 0)
print(c, c.g, c._fields if hasattr(c, "_fields") else ("r", "g", "b"))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    p.x = 5
except AttributeError:
    print("AttributeError immutable")
