# dict equality ignores order; copy is shallow
a = {"x": [1], "y": 2}
b = {"y": 2, "x": [1]}
print(a == b, a is b, a != {"x": [1]})
c = a.copy()
c["x"].append(2)
c["y"] = 3
print(a, c)
d = dict(a)
print(d == a, d is a)
print({1: 1} == {1.0: 1.0}, {} == dict(), {"a": None} == {"b": None})
