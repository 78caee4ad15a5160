# a traceback through a method, a lambda and a comprehension-free loop
class Robot:
    def __init__(self):
        self.pos = 0
    def step(self, n):
        return self.check(self.pos + n)
    def check(self, p):
        if p > 3:
            raise ValueError("off the grid")
        self.pos = p
        return p

r = Robot()
for i in range(4):
    print(r.step(i))
