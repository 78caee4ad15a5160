# assorted integer operations
print(abs(-7) // 2, -(7 // 2), -7 // 2, int(-7 / 2), round(-7 / 2))
print(17 & -17, 1 << 100 >> 99, (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF, -1 >> 1, -1 << 3)
print(sum(range(10 ** 6)), 10 ** 6 * (10 ** 6 - 1) // 2)
print(max(2 ** 63, 2 ** 63 - 1), min(-2 ** 63, -2 ** 63 + 1), sorted([2 ** 65, -3, 2 ** 64]))
n = 0
for i in range(100):
    n ^= i * 2654435761 & 0xFFFFFFFF
print(n)
print(int("1" * 50) % 97, 10 ** 50 % 97)
