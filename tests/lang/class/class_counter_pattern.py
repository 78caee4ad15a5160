# class-level counters, instance registry and classmethod constructors
class Sprite:
    count = 0
    registry = []
    def __init__(self, x, y):
        Sprite.count += 1
        self.id = Sprite.count
        self.x, self.y = x, y
        Sprite.registry.append(self)
    @classmethod
    def at_origin(cls):
        return cls(0, 0)
    def move(self, dx, dy):
        self.x = max(0, min(4, self.x + dx))
        self.y = max(0, min(4, self.y + dy))
        return self
    def __repr__(self):
        return "Sprite#%d(%d,%d)" % (self.id, self.x, self.y)
a = Sprite(2, 2)
b = Sprite.at_origin()
a.move(5, -1).move(-1, 0)
b.move(-1, 3)
print(a, b, Sprite.count, Sprite.registry)
