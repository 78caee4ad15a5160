# ints as dict keys including big and negative values
d = {}
for k in (0, -1, 1, 2 ** 31, -2 ** 31, 2 ** 64, -2 ** 64, 10 ** 30):
    d[k] = str(k)[-3:]
print(d[2 ** 64], d[-1], d[10 ** 30], len(d), 2 ** 64 + 0 in d, 2 ** 64 + 1 in d)
print(hash(2 ** 64) == hash(2 ** 64), hash(-1) == hash(-1), hash(7) == 7)
