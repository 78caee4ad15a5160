# keys/values/items views: live, set operations, membership
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
print(list(k), list(v), len(i))
print(sorted(k & {"a", "x"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(i & {("a", 1), ("c", 9)}))
print(sorted(d.keys()) == sorted(d), list(reversed(d.keys())) if hasattr(d.keys(), "__reversed__") else list(reversed(list(d))))
try:
    for key in d:
        d["new" + key] = 0
except RuntimeError:
    print("RuntimeError changed size during iteration")
print(type(k).__name__, type(v).__name__, type(i).__name__)
