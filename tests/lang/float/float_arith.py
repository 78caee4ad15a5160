# float arithmetic, mixed with ints
print(0.1 + 0.2, 1.5 * 4, 7 / 2, 7.0 // 2, 7.0 % 2, -7.0 % 3, 7.5 % -2, 2.0 ** 10, 2 ** 0.5, 10 / 4)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 3 * 0.1, 0.1 * 3 == 0.3)
print(1 / 3 + 1 / 3 + 1 / 3, 100 * 1.1, 1.1 + 2.2, 2.5 - 0.5, -0.0 + 0.0, -0.0 * 5)
print(divmod(10.5, 3), divmod(-10.5, 3), (-1.5) ** 2, 4 ** -0.5)
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    1.0 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError %")
try:
    (-8) ** (1 / 3) if False else 0.0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError pow")
