# call argument forms and ordering of evaluation
order = []
def v(x):
    order.append(x)
    return x
def f(*a, **k):
    return a, sorted(k.items())
print(f(v(1), v(2), k=v(3), *[v(4)], **{"z": v(5)}))
print(order)
print(f(1, *(2, 3), 4, *[5]))
print(f(a=1, **{"b": 2}, c=3))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
try:
    g(1, b=2, c=3, d=4)
except TypeError:
    print("TypeError positional-only")
print((lambda *a: a)(*range(4)))
print(f(*"ab", **dict.fromkeys(["x"], 0)))
