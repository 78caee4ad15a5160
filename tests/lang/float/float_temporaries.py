# Float results of one operator consumed by the next (the VM reuses such a temporary in place): every
# value that escapes into a name, a container, a comparison or a yield must keep its own value.


def escapes(a, b):
    x = a * b
    y = x + 1.0  # x escaped into a local before the next operator
    z = x * 2.0 * x  # a local read between two operators
    return x, y, z


print(escapes(1.5, 2.0))

t = 2.0 * 3.0 + 1.0
u = t * t - t
print(t, u)

kept = []
for i in range(4):
    v = i * 0.5 + 0.25
    kept.append(v)
    kept.append(v * 2.0 - v)
print(kept)

p = q = 1.5 * 2.0  # one temporary, two names
q = q * 2.0 + 1.0
print(p, q)

print((c := 0.5 * 3.0) + c, c)
w = 4.0
print(0.0 < w * 2.0 < 10.0, 0.0 < w * 2.0 * w < 10.0)


def gen(n):
    for i in range(n):
        yield i * 1.5 + 0.5


g = list(gen(3))
print(g, [x * 2.0 + 1.0 for x in g], g)

d = {}
d["k"] = 1.0 * 2.0
d["k"] += 3.0 * 0.5
print(d)

m = [1.0, 2.0]
m[0] += m[1] * 0.5
print(m)
print(2.0**0.5 * 2.0**0.5, (-8.0) ** (1 / 3) if False else 8.0 ** (1 / 3), 2.0**-1.0 + 1.0)
print(1.0 / 3.0 * 3.0, 7 / 2 * 2.0, 1e308 * 10.0 - 1e308 * 10.0 != 0.0)
try:
    print(1.0 / (2.0 - 2.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError")
try:
    print(10.0**400.0 * 1.0)
except OverflowError:
    print("OverflowError")
