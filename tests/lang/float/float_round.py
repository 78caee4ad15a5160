# round() on floats (banker's rounding and representation effects)
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.045, 1234.5, 1e15 + 0.5, 0.1 + 0.2):
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(1e300, 2), round(5e-324, 5))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
