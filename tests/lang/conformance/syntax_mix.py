# assorted syntax: class decorators, star returns, target forms, kw-only, teaching-style loops and tables
def deco_cls(cls):
    cls.tag = "decorated"
    return cls
@deco_cls
class A:
    pass
print(A.tag)
def ret_star():
    a = [1, 2]
    return 0, *a
print(ret_star())
def yield_star():
    yield *[1, 2], 3
print(list(yield_star()))
a = b = [1]
a.append(2)
print(b)
(x, y), z = "ab", "c"
print(x, y, z)
[p, q] = 1, 2
print(p, q)
for (i, j) in [(1, 2)]:
    print(i + j)
for i, *rest in [(1, 2, 3)]:
    print(i, rest)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class C:
    pass
c = C()
c.x, c.y = 1, 2
print(c.x, c.y)
t = 1, 2, 3
print(t[-1], t[:2])
s = {1, 2} | {3}
print(len(s))
print(*range(3), sep=", ")
print(*(i ** 2 for i in range(3)))
def kwonly(*, a=1, b): return a, b
print(kwonly(b=2))
def defaults(a, b=[], c={}): return a, b, c
print(defaults(1))
print((lambda x, *y, z=3, **w: (x, y, z, w))(1, 2, z=4, q=5))
def gen_send():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
g = gen_send(); next(g)
for v in [1, 2, 3]: r = g.send(v)
print(r)
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(nums)[len(nums) // 2], sum(nums) / len(nums), max(nums) - min(nums))
evens, odds = [n for n in nums if n % 2 == 0], [n for n in nums if n % 2]
print(evens, odds)
counts = {}
for n in nums: counts[n] = counts.get(n, 0) + 1
print(counts, max(counts, key=counts.get))
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], [sum(r) for r in matrix], sum(sum(r) for r in matrix))
print(f"{'Name':<10}{'Score':>5}")
for name, score in [("Ann", 90), ("Bob", 7)]:
    print(f"{name:<10}{score:>5}")
i = 0
while i < 10:
    i += 3
else:
    print("done", i)
print(type(lambda: 0).__name__, (lambda: 0)() == 0)
global_var = 1
def read_global(): return global_var
print(read_global())
x = 0
def shadow():
    x = 1
    def inner():
        global x
        x = 2
    inner()
    return x
print(shadow(), x)
print(1 / 3 * 3, 2 ** 100, -7 // 2, -7 % 2, 7 // -2)
