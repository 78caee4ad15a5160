# The built-in example: a little of everything mbpy runs.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Greeter({self.name!r})"

squares = [i * i for i in range(10) if i % 2]
print("Hello from mbpy!", Greeter("micro:bit"))
print("fib(50) =", fib(50), "odd squares:", squares)
