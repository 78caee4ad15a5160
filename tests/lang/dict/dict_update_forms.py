# update() with dicts, iterables of pairs and keywords
d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=10)
d.update(zip("fg", (6, 7)))
d.update({})
print(d)
try:
    d.update([("x",)])
except ValueError:
    print("ValueError")
try:
    d.update(5)
except TypeError:
    print("TypeError")
