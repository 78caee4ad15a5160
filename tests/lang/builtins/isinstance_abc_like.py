# isinstance with classes from a hierarchy and tuples of them
class Shape: pass
class Circle(Shape): pass
class Square(Shape): pass
shapes = [Circle(), Square(), Shape(), 5]
print([isinstance(s, Shape) for s in shapes], [isinstance(s, (Circle, int)) for s in shapes])
print([type(s).__name__ for s in shapes if not isinstance(s, Square)])
