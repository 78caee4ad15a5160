# Every form of *args / **kwargs in calls, and the SyntaxErrors of the wrong orders.
def f(*a, **k): return a, sorted(k.items())
print(f(*[1, 2], *(3,), 4, *range(2)))
print(f(**{'a': 1}, **{'b': 2}, c=3))
print(f(1, *[2], x=1, **{'y': 2}))
print(f(*[1], 2, *[3], **{'a': 1}, b=2, **{'c': 3}))
print(f(*"ab", **dict(z=1)))
try: f(**{'a': 1}, **{'a': 2})
except TypeError: print("TypeError dup kw")
try: f(**{1: 2})
except TypeError: print("TypeError nonstr key")
try: f(*1)
except TypeError: print("TypeError star int")
try: f(**1)
except TypeError: print("TypeError dstar int")
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
print(f(**M()))
def g(a, b, c): return a, b, c
print(g(1, *(2, 3)), g(*(1,), **{'c': 3, 'b': 2}))
print(g(c=1, *(2, 3)))
for src in ["f(**a, *b)", "f(**a, b)", "f(a=1, b)", "f(a=1, *b)", "f(*a, b=1, c)", "f(x for x in y, 1)", "f(a=1, a=2)", "f(1=2)", "f(a, a=1, *b, **c, d=1)"]:
    try:
        compile(src, "s", "exec")
        print(src, "ok")
    except SyntaxError:
        print(src, "SyntaxError")
