# staticmethods as helpers called via class and instance
class Grid:
    SIZE = 5
    @staticmethod
    def clamp(v, lo=0, hi=4):
        return max(lo, min(hi, v))
    @staticmethod
    def index(x, y):
        return y * Grid.SIZE + x
    def move(self, x, y, dx, dy):
        return self.clamp(x + dx), Grid.clamp(y + dy)
g = Grid()
print(Grid.clamp(9), g.clamp(-3), Grid.index(2, 3), g.move(4, 0, 1, -1), g.move(2, 2, -1, 1))
f = Grid.clamp
print(f(3), [Grid.clamp(v) for v in range(-2, 7)])
