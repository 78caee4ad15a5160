# context managers as classes: resources, suppression, re-raising
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return Timer.depth
    def __exit__(self, t, v, tb):
        Timer.depth -= 1
        return False
with Timer() as d1:
    with Timer() as d2:
        print(d1, d2, Timer.depth)
print(Timer.depth)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(KeyError, IndexError):
    {}["x"]
print("KeyError suppressed")
try:
    with Suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError not suppressed")
