# dicts keep insertion order; re-inserting keeps position, delete + insert moves to end
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d))
d["a"] = 100
print(list(d.items()))
del d["z"]
d["z"] = -1
print(list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2))
print({**d2, 1: "A"})
big = {i: i * i for i in range(100)}
print(list(big)[:5], list(big)[-3:], sum(big.values()))
for k in list(big):
    if k % 10:
        del big[k]
print(big)
