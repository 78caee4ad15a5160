# Keyword-only parameters with and without defaults.
def f(a, *, b, c=3): return (a, b, c)
print(f(1, b=2), f(1, c=4, b=5))
try: f(1)
except TypeError: print("TypeError missing kwonly")
try: f(1, 2)
except TypeError: print("TypeError positional")
def g(*, a=1, b): return a, b
print(g(b=2))
def h(*args, k=7, **kw): return args, k, kw
print(h(1, 2), h(k=1, z=2))
l = lambda *, x=1: x
print(l(), l(x=2))
def d(a, b=2, *c, e, f=6, **g): return a, b, c, e, f, g
print(d(1, e=5), d(1, 2, 3, 4, e=5, f=0, z=9))
class C:
    def m(self, *, k): return k
print(C().m(k=1))
try: f(1, b=2, d=3)
except TypeError: print("TypeError unexpected")
try: f(1, a=2, b=3)
except TypeError: print("TypeError dup")
