# set operators and comparisons
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a < {1, 2, 3, 4}, a <= a, a < a, a > {1}, a >= {1, 2, 3}, a == {3, 2, 1}, a != b)
c = set(a); c |= {9}; c &= {1, 9}; print(sorted(c))
c = set(a); c -= {1}; c ^= {2, 7}; print(sorted(c))
print({1, 2} == frozenset([1, 2]), len({1, 1.0, True}), {0, False, 0.0} == {0})
print(sorted({x % 4 for x in range(20)}), set() == set(), {()} , set([]) , set("aaa"))
try:
    a | [1]
except TypeError:
    print("TypeError set | list")
