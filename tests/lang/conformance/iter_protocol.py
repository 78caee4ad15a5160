# generators and iterators protocol corners
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), iter(c) is c)
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skip", next(it))
print(list(zip(it, it)))
it = iter(range(6))
print(list(zip(it, it)))
def g():
    x = yield from range(3)
    return x
print(list(g()))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
for v in infinite():
    if v > 3: break
print(v)
gen = infinite()
print([next(gen) for _ in range(3)], next(gen))
print(list(map(lambda x: x * 2, filter(lambda x: x % 2, range(10)))))
print(sum(x * x for x in range(10) if x % 3 == 0), list(x for x in "ab"))
e = enumerate(["x", "y"])
print(next(e), list(e), list(enumerate([])))
z = zip([1, 2, 3], "ab")
print(list(z))
print(dict(zip(range(3), "abc")), list(zip(*["ab", "cd"])))
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError:
    print("ValueError in map")
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g2 = gen_finally()
print(next(g2))
g2.close()
def gen_ret_value():
    yield 1
    return "rv"
g3 = gen_ret_value()
next(g3)
try:
    next(g3)
except StopIteration as si:
    print("rv", si.value, si.args)
def throw_handled():
    while True:
        try:
            v = yield
        except ValueError:
            print("handled in gen")
            yield "after"
g4 = throw_handled()
next(g4)
print(g4.throw(ValueError))
print(iter(range(3)).__next__())
r = reversed([1, 2, 3])
print(next(r), list(r))
s = iter("héllo")
print(next(s), next(s), "".join(s))
print(list(iter([])), tuple(iter((1,))), set(iter([1, 1])))
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while a < 50:
            yield a
            a, b = b, a + b
print(list(Fib()), sum(Fib()), max(Fib()), 21 in Fib(), sorted(Fib(), reverse=True)[:3])
