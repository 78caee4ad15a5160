# enumerate() with start and on different iterables
print(list(enumerate("abc")))
print(list(enumerate([10, 20], start=1)), list(enumerate([], 5)))
print(list(enumerate(range(3), -2)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate("hi")))
