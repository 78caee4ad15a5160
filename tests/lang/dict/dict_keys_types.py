# keys of different hashable types; equal numbers collide
d = {}
d[1] = "int"
d[1.0] = "float overwrites"
d[True] = "bool overwrites"
print(d, len(d))
d[(1, 2)] = "tuple"
d["1"] = "str"
d[None] = "none"
d[frozenset([1])] = "frozenset"
d[2 ** 100] = "big"
d[-0.0] = "zero"
print(d[1], d[(1, 2)], d["1"], d[None], d[frozenset({1})], d[2 ** 100], d[0], len(d))
try:
    d[[1]] = 1
except TypeError:
    print("TypeError unhashable list")
try:
    d[{}] = 1
except TypeError:
    print("TypeError unhashable dict")
print({1: "a"} == {1.0: "a"}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {}, {1: 2} != {1: 3})
