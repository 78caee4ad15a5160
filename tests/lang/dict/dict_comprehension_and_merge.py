# dict comprehensions, | merge, nested dicts
sq = {n: n * n for n in range(6)}
print(sq)
inv = {v: k for k, v in sq.items()}
print(inv)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a)
a |= {"w": 0}
print(a)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
nested.setdefault("other", {})["k"] = "v"
print(nested)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get))
grouped = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(w[0], []).append(w)
print(grouped)
