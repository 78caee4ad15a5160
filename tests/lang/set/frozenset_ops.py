# frozenset is immutable and hashable
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, hash(f) == hash(frozenset([1, 2, 3])))
print(sorted(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(frozenset(), frozenset() == set(), sorted(frozenset("hello")))
try:
    f.add(5)
except AttributeError:
    print("AttributeError no add")
print(f.issubset({1, 2, 3, 4}), sorted(f.union([7])), sorted(f.difference([1])))
