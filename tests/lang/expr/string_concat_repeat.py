# string and sequence operators
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1)
print([1] * 3, (0,) * 2, [[]] * 2)
l = [[]] * 3
l[0].append(1)
print(l)
print("a" < "b", "abc" < "abd", "Z" < "a", "" < "a", "ab" < "a")
print([1, 2] < [1, 3], (1, 2) == (1, 2), [1, 2] == (1, 2))
try:
    "a" + 1
except TypeError:
    print("TypeError str + int")
try:
    [1] + (2,)
except TypeError:
    print("TypeError list + tuple")
print(b"ab" + b"c", b"x" * 3)
