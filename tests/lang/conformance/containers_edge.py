# list/dict/set/tuple methods with edge arguments
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend(range(2)); l.extend("ab")
print(l)
l.insert(0, "s"); l.insert(100, "e"); l.insert(-1, "m"); l.insert(-100, "b")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
l = [1, 2, 3, 2, 1]
l.remove(2)
print(l, l.index(1), l.index(1, 1), l.count(1), l.count(9))
try:
    l.remove(9)
except ValueError:
    print("ValueError remove")
try:
    l.index(9)
except ValueError:
    print("ValueError index")
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError sort")
l = list(range(10))
print(l[2:8:3], l[::-2], l[-3:], l[:-7], l[8:2], l[8:2:-1], l[100:], l[-100:2])
l[2:5] = ["x"]; print(l)
l[:0] = [-1]; print(l)
l[::2] = [0] * len(l[::2]); print(l)
try:
    l[::2] = [1]
except ValueError:
    print("ValueError ext slice")
del l[::3]; print(l)
del l[1:3]; print(l)
c = l.copy(); c.clear(); print(c, len(l) > 0)
print([1, [2, 3]] == [1, [2, 3]], [[]] * 3, [0] * 0)
nested = [[0] * 2] * 2
nested[0][0] = 1
print(nested)
a = [1]; a.append(a); print(a)
dd = {}; dd["self"] = dd; print(dd)

d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), d.pop("b"), d.pop("z", None), d)
try:
    d.pop("z")
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("a", 9), d.setdefault("n", []), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(d.popitem(), d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3))
k = d.keys()
d["new"] = 1
print("new" in k, len(k), k & {"a", "q"}, sorted(k | {"q"}), sorted(k - {"a"}))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError popitem")
d = {1: "a", 1.0: "b", True: "c"}
print(d)
del d[1]
print(d, len(d))
try:
    del d[1]
except KeyError as e:
    print("KeyError", e)
print({i: i * i for i in range(4)}, {**{"a": 1}, "b": 2, **{"a": 3}})
it = iter({"a": 1, "b": 2})
print(next(it), next(it))
dm = {"x": 1}
try:
    for key in dm:
        dm["y"] = 2
except RuntimeError as e:
    print("RuntimeError", e)

s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError", e)
print(sorted(s.union([9])), sorted(s.intersection({2, 3}, [3])), sorted(s.difference([2])), sorted(s.symmetric_difference({4, 5})))
print(s.issubset({1, 2, 3, 4, 5}), s.issuperset([2]), s.isdisjoint([7]), {1} <= {1}, {1} < {1}, {1, 2} > {1})
s.update([7], (8,)); s.intersection_update(range(5, 9)); print(sorted(s))
s.difference_update([7]); s.symmetric_difference_update({8, 0}); print(sorted(s))
print(s.pop() in (0,), s, set(), frozenset(), frozenset([1]), repr(set([1])))
try:
    set().pop()
except KeyError as e:
    print("KeyError pop", e)
fs = frozenset([1, 2])
print(fs | {3}, type(fs | {3}).__name__, type({3} | fs).__name__, {fs: 1}[frozenset([2, 1])])
try:
    fs.add(3)
except AttributeError:
    print("AttributeError frozenset add")

t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], t * 2, (1,) + t, len(()), (1, 2) < (1, 2, 3), tuple("ab"), tuple([1]))
try:
    t.index(9)
except ValueError:
    print("ValueError tuple index")
try:
    t[0] = 5
except TypeError:
    print("TypeError tuple assign")
a, *b, c = range(5); print(a, b, c)
*a, b = "xyz"; print(a, b)
(a, b), c = [1, 2], 3; print(a, b, c)
a, b = b, a; print(a, b)
x = y = z = 0; print(x, y, z)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", type(e).__name__)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, [*[]])
first, second = "ab"; print(first, second)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
