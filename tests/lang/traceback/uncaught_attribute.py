# AttributeError on None, raised from a method
class Sprite:
    def __init__(self):
        self.image = None
    def draw(self):
        return self.image.pixels

s = Sprite()
s.draw()
