# iterating strings, comparison, hashing equal strings
s = "Hello"
for i, c in enumerate(s):
    print(i, c, ord(c))
print(list(s), [c for c in s if c.islower()], "".join(reversed(s)))
print("apple" < "banana", "apple" < "Apple", "a" * 3 == "aaa", s is not None)
print(sorted(["b", "B", "a", "A", "_", "1"]))
words = "the rain in spain falls mainly".split()
print(sorted(words, key=len), max(words, key=len), [w for w in words if "ain" in w])
print(s[0], s[-1], s[1:-1], s[10:], s[-10:2])
try:
    s[0] = "J"
except TypeError:
    print("TypeError immutable")
