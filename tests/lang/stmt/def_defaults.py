# default arguments, evaluated once at definition
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(a=0, b=0, c=0))

def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2))
print(acc(3, []))

n = 10
def g(v=n):
    return v
n = 20
print(g())

def h(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(h(1), h(2))
print(f.__name__)
try:
    f()
except TypeError:
    print("missing arg TypeError")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("too many args TypeError")
try:
    f(1, a=1)
except TypeError:
    print("duplicate arg TypeError")
try:
    f(1, d=1)
except TypeError:
    print("unexpected kw TypeError")
