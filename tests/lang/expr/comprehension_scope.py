# comprehensions have their own scope; closures over loop variables
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def outer():
    k = 10
    return [k + j for j in range(3)]
print(outer())
def nested():
    return [[(i, j) for j in range(i)] for i in range(3)]
print(nested())
i = "kept"
_ = [i for i in range(5)]
print(i)
gen = ((a, b) for a in range(2) for b in range(2))
print(list(gen))
try:
    [undefined_name for _ in range(1)]
except NameError:
    print("NameError inside comprehension")
print([v for v in (lambda: range(3))()])
