# *args, **kwargs, keyword-only arguments
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f())
print(f(1, 2, x=3, y=4))

def g(a, *rest, key=None, **kw):
    return a, rest, key, kw
print(g(1))
print(g(1, 2, 3, key="k", other=5))

def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2))
print(kwonly(1, c=10, b=2))
try:
    kwonly(1, 2)
except TypeError:
    print("TypeError positional for kw-only")
try:
    kwonly(1)
except TypeError:
    print("TypeError missing kw-only")

def mixed(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))

args = (1, 2)
kwargs = {"c": 7}
print(mixed(*args, **kwargs))
print(mixed(*[1], *[2, 3], c=1, **{"d": 9}, **{"z": 0}))
