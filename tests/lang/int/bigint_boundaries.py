# values around small-int / machine-word boundaries
for base in (2 ** 29, 2 ** 30, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64):
    for d in (-1, 0, 1):
        v = base + d
        print(v, -v, v * 2, v * v, v // 3, v % 7, v >> 1, v << 1, -v >> 3)
print(0x7FFFFFFF + 1, -0x80000000 - 1, 0x3FFFFFFF * 4)
print((2 ** 31 - 1) * (2 ** 31 - 1), (-2 ** 31) * (2 ** 31))
print(sum([2 ** 30] * 10))
