# string ordering is by code point
words = ["zebra", "Zebra", "\xe9clair", "eclair", "apple", "Apple", "\u00e0", "_", "10", "9"]
print(sorted(words))
print("a" < "\xe9" < "\u20ac" < "\U0001F600", max(words), min(words))
print([w for w in words if w.lower() == w])
