# sorted() with key and reverse; stability
print(sorted([3, 1, 2]), sorted("hello"), sorted((5, -1, 3), reverse=True), sorted([]))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted({3: 1, 1: 2}), sorted([1.5, 1, True, 0]))
print(sorted([[2, 1], [1, 2], [1]]))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
