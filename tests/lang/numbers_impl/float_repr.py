# Floats: repr, parsing, rounding, Python's floor/mod signs, hash consistency.
vals = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-5, 1.5e-7, 123456789.123, 1e22, 5e-324, 1.7976931348623157e308,
        float("inf"), float("-inf"), 2.5, 0.125, 1 / 3, 100.0, 1e15, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v), v.is_integer(), hash(v) == hash(int(v)) if v == v and abs(v) != float("inf") else "-")
print(float(" -Infinity "), float("nan"), float("1_000.5"), float("1e-400"), float("1e400"), float(".5"), float("5."))
for bad in ["", "1__0", "1e", "e5", "--1", "0x10", "1_"]:
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
for x in [2.5, 3.5, -2.5, 0.125, 0.375, 2.675, 1234.5678, -0.5, 1e300, 5e-324]:
    print(round(x), round(x, 2), round(x, -1), round(x, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e308, 1e-308), (0.0, -3.0)]:
    print(a // b, a % b, divmod(a, b))
print((1.5).as_integer_ratio(), (-0.1).as_integer_ratio(), float(2**1023) * 2 == float("inf"))
print(float("nan") == float("nan"), float("nan") != float("nan"), 1 == 1.0 == True, 0.1 + 0.2)
for e in [lambda: 1 / 0.0, lambda: 1.0 % 0, lambda: 0.0 ** -1, lambda: int(float("inf")), lambda: int(float("nan"))]:
    try:
        e()
    except (ZeroDivisionError, OverflowError, ValueError) as ex:
        print(type(ex).__name__)
