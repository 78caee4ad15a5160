# set methods (print sorted results: set order is not defined)
s = {3, 1, 2}
s.add(4); s.add(1); print(sorted(s))
s.discard(10); s.discard(4); print(sorted(s))
s.remove(3); print(sorted(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError")
s.update([5, 6], {7}); print(sorted(s))
p = s.pop(); print(p in (1, 2, 5, 6, 7), len(s))
c = s.copy(); c.clear(); print(len(s) > 0, c)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset({1, 2}), a.isdisjoint({9}), a.isdisjoint(b))
x = set(a); x.intersection_update(b); print(sorted(x))
x = set(a); x.difference_update(b); print(sorted(x))
x = set(a); x.symmetric_difference_update(b); print(sorted(x))
print(sorted(a.union([10], (11,))), sorted(a.intersection(range(3))))
try:
    set().pop()
except KeyError:
    print("KeyError pop empty")
