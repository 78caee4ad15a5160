# common dict idioms
words = "one two three two one two".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
index = {}
for i, w in enumerate(words):
    index.setdefault(w, []).append(i)
print(index)
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
print(max(counts.items(), key=lambda kv: kv[1]), sorted(counts, key=counts.get))
