# max() and min() with iterables, varargs, key and default
print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("abc", "b"))
print(max([1, -5, 3], key=abs), min(["aaa", "b", "cc"], key=len), max([], default="empty"))
print(min([], default=None), max([(1, "b"), (1, "a")]), min(1, 2.5), max(True, 0))
print(max({3: "x", 7: "y"}), min(range(5, 10)))
print(max([2, 2.0]), max([2.0, 2]))
print(max(["b", "a", "c"], key=lambda s: -ord(s)))
try:
    max([])
except ValueError:
    print("ValueError empty")
try:
    max(1, "a")
except TypeError:
    print("TypeError")
