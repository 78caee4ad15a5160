# accumulation error behaves as IEEE doubles
t = 0.0
for _ in range(10):
    t += 0.1
print(t, t == 1.0, round(t, 10) == 1.0)
s = sum([0.1] * 10)
print(s, 1e16 + 1 - 1e16, (1e16 + 2) - 1e16, 0.1 * 3, 1.1 * 1.1)
x = 1.0
for i in range(60):
    x /= 2
print(x, x * 2 ** 60, 1.0 + x == 1.0)
print(2.0 ** 52 + 0.5, 2.0 ** 53 + 1, 9007199254740993 == 2.0 ** 53 + 1)
