# dict and set displays with duplicates and expressions
print({1: "a", 1: "b"}, {"x": 1, **{"x": 2}}, {1, 1, 2} == {1, 2}, len({1, 1.0}))
k = "key"
print({k: k.upper(), k + "2": len(k)}, {(1, 2): [3]}, {None: None})
print({i: j for i, j in [(1, 2), (1, 3)]})
print(sorted({*"hello"}), {**{}})
