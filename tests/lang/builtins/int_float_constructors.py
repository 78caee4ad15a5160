# int() and float() constructors
print(int(), int(3.9), int(-3.9), int("42"), int("  -7  "), int("0x1f", 16), int("1f", 16), int("0b101", 0))
print(int("z", 36), int("0o17", 0), int("1_000"), int(True), int("-0"), int("+5"))
print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-inf"), float("nan") != float("nan"))
print(float("1_0.5"), float(".5"), float("5."), float(10**20), float(True))
for bad in ("", "abc", "1.2.3", "0x", "1e"):
    try:
        int(bad)
    except ValueError:
        print("int ValueError", repr(bad))
for bad in ("", "abc", "1.2.3", "e5"):
    try:
        float(bad)
    except ValueError:
        print("float ValueError", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError base 8")
try:
    int(float("inf"))
except OverflowError:
    print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError nan")
