# iter() with sentinel and next() with default
it = iter([1, 2])
print(next(it), next(it), next(it, "d"))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class It:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def __iter__(self):
        return self
i = It()
print(iter(i) is i, list(i))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
