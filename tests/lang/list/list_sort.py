# sort with key and reverse, stability, mixed numbers
l = [5, 2, 8, 1, 9, 3]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=lambda w: (len(w), w)); print(words)
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 3)]
recs.sort(key=lambda r: r[1]); print(recs)
recs.sort(key=lambda r: r[1], reverse=True); print(recs)
nums = [3, 1.5, -2, 10 ** 20, 0, True]
nums.sort(); print(nums)
big = [(i * 7919) % 1000 for i in range(500)]
big.sort()
print(big[:10], big[-5:], all(big[i] <= big[i + 1] for i in range(len(big) - 1)))
print(sorted([[3, "x"], [1, "y"], [3, "a"]]))
print([].sort(), [1].sort())
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
