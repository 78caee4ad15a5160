# repr of sets with one element or of ints (ints hash to themselves; order is by value for small ints)
print({1}, {"a"}, frozenset({2}), set(), frozenset())
print(sorted({5, 3, 9}), len({i for i in range(100)}))
s = {(1, 2)}
print(s, (1, 2) in s)
