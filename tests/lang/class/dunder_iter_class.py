# a class whose __iter__ is a generator method
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        v = self.lo
        while v < self.hi:
            yield v
            v += 2
r = Range2(1, 10)
print(list(r), list(r), sum(r), max(r), [x * x for x in r], 5 in r, sorted(r, reverse=True))
a, b, *rest = r
print(a, b, rest)
print(dict.fromkeys(r, 0), set(r) == {1, 3, 5, 7, 9}, tuple(r))
