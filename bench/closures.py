# Closures and method calls: nonlocal counters, bound methods kept in variables, lambdas, keyword
# and default arguments, *args forwarding.
# quick-size: 200
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300000


def make_counter(step):
    count = 0

    def bump(times=1):
        nonlocal count
        count += step * times
        return count

    return bump


def compose(f, g):
    return lambda x: f(g(x))


def adder(n):
    def add(x):
        return x + n

    return add


class Accumulator:
    def __init__(self, start=0):
        self.total = start
        self.calls = 0

    def add(self, x, scale=1):
        self.total += x * scale
        self.calls += 1
        return self

    def get(self):
        return self.total


def forward(fn, *args, **kwargs):
    return fn(*args, **kwargs)


counters = [make_counter(k) for k in range(1, 6)]
pipeline = compose(adder(3), compose(lambda x: x * 2, adder(-1)))
acc = Accumulator()
add = acc.add
total = 0
for i in range(N):
    c = counters[i % 5]
    total += c() + c(times=2)
    total += pipeline(i)
    add(i, scale=2)
    add(1)
    acc.add(i).add(-i)
    total += forward(max, i, 7) + forward(acc.get)
    total &= 0xFFFFFFFFFF
print("closures", N, total, acc.calls, [c(0) for c in counters])
