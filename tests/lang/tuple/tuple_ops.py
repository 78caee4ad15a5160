# tuples: creation, packing, methods, immutability
t = (1, 2, 3, 2)
print(t, t[0], t[-1], t[1:3], len(t), t.count(2), t.index(3), t.index(2, 2))
print((), (1,), tuple(), 1, (1), type((1,)).__name__, (1, 2) + (3,), (1,) * 3)
a, b = t[:2]
print(a, b)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError:
    print("TypeError")
try:
    t.index(9)
except ValueError:
    print("ValueError")
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], [x for pair in nested for x in (pair if isinstance(pair, tuple) else (pair,))])
t2 = ([1],)
t2[0].append(2)
print(t2)
print(tuple(sorted((3, 1, 2))), max((1, 9, 4)), 9 in (1, 9))
d = {(1, 2): "a"}
print(d[(1, 2)])
