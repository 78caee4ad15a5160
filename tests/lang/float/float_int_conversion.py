# conversions between float and int, truncation, big values
print(int(1e15), int(1.9999), int(-0.9), int(2 ** 53 + 0.0), float(2 ** 53 + 1), float(2 ** 63), float(-(2 ** 70)))
print(float(10 ** 30), int(float(10 ** 30)), int(1e300) == 10 ** 300, float(2 ** 1023) * 2)
try:
    float(2 ** 1024)
except OverflowError:
    print("OverflowError")
print(7 / 7, type(7 / 7).__name__, 2 ** 0.0, 10 // 1.0, True / 1)
print(1e20 == 10 ** 20, float(123456789012345678901234567890))
