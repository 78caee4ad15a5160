# comparing ints with floats and bools exactly
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 22 == 1e22, 10 ** 23 == 1e23)
print(True == 1, False == 0, 1 < 1.5 < 2, -1 > -1.5)
print(2 ** 1000 > 1e300, 2 ** 1100 > float("inf") if False else "big", -(2 ** 1000) < -1e300)
print(0 == -0.0, 3 != 3.0000001, float("nan") == 1, 1 < float("inf"), 10 ** 400 < float("inf"))
print(sorted([3, 2.5, True, -1, 10 ** 20, 1e19]))
