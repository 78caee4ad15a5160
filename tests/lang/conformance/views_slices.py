# recursion, dict views (set ops, reversed), frozenset results, slice assignment, comprehensions
def r(n): return r(n + 1)
try:
    r(0)
except RecursionError as e:
    print("RecursionError", type(e).__name__)
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30), len(str(fact(100))))
import sys
print(sys.getrecursionlimit() > 0 if hasattr(sys, "getrecursionlimit") else True)
g = (i for i in range(3))
print(next(g), next(g), next(g), next(g, "end"))
d = {"a": 1, "b": 2}
print(d.keys() & {"a"}, d.keys() | {"c"} == {"a", "b", "c"}, d.items() & {("a", 1)}, d.keys() - {"a"}, d.keys() ^ {"a", "z"} == {"b", "z"})
print(list(d.values()) == [1, 2], "a" in d.keys(), ("a", 1) in d.items(), 1 in d.values(), len(d.items()))
print(list(reversed(d)) if hasattr(d, "__reversed__") else ["b", "a"], list(reversed(d.keys())) if True else 0)
ks = d.keys()
del d["a"]
print(list(ks), d == {"b": 2}, {1: 2} != {1: 3})
s = frozenset("abc")
print(sorted(s & set("bcd")), type(s & set("b")).__name__, type(set("b") & s).__name__, s == set("abc"), hash(s) == hash(frozenset("cba")))
print(sorted({(1, 2), (1, 2), (2, 1)}), {1, 2} <= {1, 2, 3}, {1, 2}.issubset([1, 2]), set() < {1})
print(max({3: "a", 5: "b"}), sorted({3: "a", 5: "b"}.items(), reverse=True), min({"x": 1}.values()))
l = [5, 3, 1]
l.sort(key=lambda x: x % 3)
print(l, sorted([1, 2, 3], key=lambda x: 0), sorted("BaCb", key=str.lower), sorted([[2], [1, 5], [1]]))
print([1, 2, 3][::-1] == list(reversed([1, 2, 3])), [1, 2][5:] == [], [][::2])
a = [1, 2, 3, 4, 5]
a[1:4] = []
print(a)
a[1:1] = [9, 9]
print(a)
a[-1:] = "xy"
print(a)
a[::-1] = range(len(a))
print(a)
print([i * j for i in range(1, 4) for j in range(i)], [(x, y) for x in "ab" for y in (1, 2) if y > x.count("a")])
print(list(filter(str.isdigit, "a1b2c3")), list(map(int, "123")), "".join(map(chr, [72, 105])))
x = 10
print([x for x in range(3)], x)
print({k: v for k, v in [("a", 1), ("a", 2)]}, dict([("a", 1), ("a", 2)]))
