# iter() and next() on builtin types and custom iterators
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None))
it = iter("ab")
print(list(it), list(it))
d = {"a": 1, "b": 2}
print(list(iter(d)))
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)))
for x in Count(2):
    print("x", x)
print(sum(Count(10)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq())
calls = [0]
def f():
    calls[0] += 1
    return calls[0]
print(list(iter(f, 4)))
try:
    iter(5)
except TypeError:
    print("TypeError not iterable")
try:
    next([1])
except TypeError:
    print("TypeError not an iterator")
