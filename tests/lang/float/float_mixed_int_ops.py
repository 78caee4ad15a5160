# int/float mixing promotes to float
print(1 + 1.0, 3 * 0.5, 7 // 2.0, 2 ** 0.5 * 2 ** 0.5, 10 - 0.1, type(1 + 1.0).__name__)
print(10 ** 20 + 0.5, 2 ** 100 / 2 ** 99, 1 / 2 ** 100 > 0, (2 ** 53 + 1) + 0.0)
print(True + 0.5, False * 1.5, abs(-3) * 1.0, int(3.0) + 1)
