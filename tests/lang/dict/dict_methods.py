# every dict method
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("zz", "dflt"), d)
d.update({"x": 9}); d.update(y=8); d.update([("w", 7)]); print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.popitem(), d)
c = d.copy(); c["new"] = 1; print(len(d), len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
d.clear(); print(d, len(d))
try:
    {}.pop("k")
except KeyError:
    print("KeyError pop")
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
