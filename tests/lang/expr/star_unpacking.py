# * and ** unpacking in displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b} == {1, 2, 3, 4})
print({**{"x": 1}, "y": 2, **{"x": 3}})
print([*range(3), *"ab"])
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, *b, 0, *[], **{"k": 1}, **dict(j=2)))
print(*a, *b, sep="-")
first, *rest = *a, *b
print(first, rest)
print([*[], *()])
t = *a,
print(t)
d = {"a": 1}
print(dict(**d, b=2))
try:
    f(**{"k": 1}, k=2)
except TypeError:
    print("TypeError duplicate keyword")
