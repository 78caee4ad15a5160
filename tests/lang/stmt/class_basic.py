# class statement, attributes, methods, instances
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(1, 1)
print(q.x, q.y)
p.dims = 3
print(p.dims, Point.dims)
Point.dims = 5
print(q.dims)
print(type(p).__name__, type(p) is Point, isinstance(p, Point))
m = p.norm2
print(m())
print(Point.norm2(q))

class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything)
print(Point.__name__)

class WithDoc:
    "doc string"
    x = [i * 2 for i in range(3)]
print(WithDoc.x)
