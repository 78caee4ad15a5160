# The unpacking, call, parameter, `with` and number forms the original firmware has: they stay in every
# build, MBPY_SYNTAX_EXTRA or not (syntax_extra_off.py: the newer ones it leaves out).


class C:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self.n

    def __exit__(self, *a):
        return False


def f(*args, **kw):
    return args, sorted(kw.items())


def g(a, *, b):
    return a, b


a = [1, 2]
b, *c = [1, 2, 3]
[p, *q] = a
(r, *s), t = a, 3
*u, v = 4, 5, 6
print(b, c, p, q, r, s, t, u, v)
for x, *y in [(1, 2, 3)]:
    print(x, y)
print(f(*a, k=1, **{"m": 2}), f(0, *a), f(**{"z": 1}), f(a=1, *a), g(1, b=2))
print({1: 2, 3: 4}, {5}, [6, 7], (8,), a[1:], a[::-1], {k: 1 for k in "x"})
with C(1) as x, C(2) as y:
    print(x, y)
with (C(3)) as z:
    print(z)
with C(4), (C(5)):
    print("two")
print(0x1F, 0o17, 0b101, 1e3, 10, 0, 00)
try:
    raise ValueError
except (ValueError, TypeError):
    print("caught")
