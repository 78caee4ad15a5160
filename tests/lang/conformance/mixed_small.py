# mixed: __format__ default, await, UnboundLocalError, math, rounding, None
class P:
    def __init__(self, x): self.x = x
    def __str__(self): return "P(%s)" % self.x
print(format(P(1)), "{}".format(P(2)), f"{P(3)}", "{:>6}".format(str(P(4))))
try:
    "{:>6}".format(P(5))
except TypeError as e:
    print("TypeError", e)
async def coro(x):
    return x * 2
async def main():
    r = await coro(5)
    print("awaited", r)
c = main()
try:
    c.send(None)
except StopIteration as e:
    print("done", e.value)
def gen():
    yield 1
print(type(gen()).__name__, type(coro).__name__)
x = 5
def f():
    print(x)
    x = 3
try:
    f()
except UnboundLocalError as e:
    print("ULE", type(e).__name__)
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(dict(sorted({"b": 1, "a": 2}.items())), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(zip(*zip([1, 2], [3, 4]))))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.inf, math.pi)
print(math.sqrt(2), math.log(100, 10), math.log2(8), math.degrees(math.pi), math.factorial(20), math.copysign(1, -0.0), math.fsum([0.1] * 10) if hasattr(math, "fsum") else 1.0)
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (1024).to_bytes(4, "little"), bin(-1 & 0xff))
print(" ".join(["%3d" % i for i in range(5)]), "|".join(f"{i:^5}" for i in "abc"))
b = [[0] * 3 for _ in range(3)]
b[1][1] = 5
print(b, [row[:] for row in b] == b, b[1] is b[1][:])
print(list(enumerate(["a", "b"], 1)), {i: c for i, c in enumerate("ab")})
s = "hello"
print(s[0].upper() + s[1:], s.replace(s[0], s[0].upper(), 1))
print(sorted([("a", 3), ("b", 1)], key=lambda t: t[1])[0][0], min([("a", 3), ("b", 1)], key=lambda t: t[1]))
print(round(3.14159, 3), round(-3.5), round(4.5), round(0.125, 2), round(0.375, 2), round(1e-10, 3))
print(isinstance(True, bool), bool is type(True), int(True) + True)
n = None
print(n is None, n == None, type(n).__name__, str(n), repr(n), bool(n))
print(all(isinstance(x, int) for x in [1, True, 3]), any(isinstance(x, str) for x in [1, 2]))
print("%.2f" % (2 / 3), "%5.1f|" % 2.25, "%.0f" % 0.5, "%.0f" % 1.5, "%d%%" % 50)
