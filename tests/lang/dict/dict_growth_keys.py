# A dict growing, shrinking and growing again with keys of every kind: the order and every lookup must
# survive each resize (the device's dict keeps no hash in an entry and computes it again).
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d = {}
for i in range(60):
    d[i] = i * 2
for i in range(0, 60, 3):
    del d[i]
for i in range(60, 80):
    d["k%d" % i] = i
print(len(d), list(d)[:5], 3 in d, 4 in d, d["k70"], list(d)[-2:])
d[1.0] = "float one"  # equal to the int key 1: replaces its value, keeps the key
d[True] = "true"
d[(1, 2)] = "tuple"
d[K(5)] = "k5"
for i in range(400, 420):
    d[-i] = i
print(len(d), d[1], [k for k in d if k == 1], d[(1, 2)], d[K(5)], K(6) in d, d[-410])
print(d.pop(K(5)), K(5) in d, list(d)[-1], sum(d.values()) if False else len(list(d.items())))
