# classmethod and staticmethod
class Shape:
    count = 0
    def __init__(self, sides):
        self.sides = sides
        Shape.count += 1
    @classmethod
    def triangle(cls):
        return cls(3)
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def describe(n):
        return "%d sides" % n
class Square(Shape):
    pass
t = Shape.triangle()
print(t.sides, Shape.name(), Square.name(), Square.triangle().__class__.__name__)
print(Shape.describe(4), t.describe(5))
print(Shape.count)
f = Shape.describe
print(f(6))
print(t.name())
