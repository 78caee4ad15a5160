# `a, b = x, y` and `a, b, c = x, y, z` are compiled without a tuple (as CPython does): the values are
# all evaluated first, left to right, then stored left to right.
log = []


def v(name, value):
    log.append("eval " + name)
    return value


class Box:
    def __setitem__(self, k, value):
        log.append("set %s=%r" % (k, value))

    def __setattr__(self, k, value):
        log.append("attr %s=%r" % (k, value))


b = Box()
b["i"], b["j"] = v("x", 1), v("y", 2)
b.p, b["k"], b.q = v("x", 1), v("y", 2), v("z", 3)
print(log)

a, c = 1, 2
a, c = c, a
print(a, c)
x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)
items = [10, 20, 30]
i, items[i] = 1, 99  # i is stored before items[i] is
print(i, items)
items[0], items[2] = items[2], items[0]
print(items)
[p, q] = 5, 6
(r, s), t = (7, 8), 9
print(p, q, r, s, t)
u, *w = 1, 2, 3
print(u, w)
try:
    m, n = 1, 2, 3
except ValueError as e:
    print("ValueError")


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(30))
