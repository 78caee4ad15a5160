# repr of dicts, dict() forms, iteration
print({}, {"a": [1, {"b": None}]}, {1: "x", "y": 2.5, (1,): True})
print(dict(a=1, b=2), dict([("k", "v"), ("k2", "v2")]), dict(zip(range(3), "abc")))
d = {"one": 1, "two": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
print(len(d), bool({}), bool(d), list(d) == list(d.keys()))
try:
    dict([("a",)])
except ValueError:
    print("ValueError")
print({"a": 1}.get("a", 5), "one" in d, 1 in d)
