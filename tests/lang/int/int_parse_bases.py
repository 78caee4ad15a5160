# int(str, base) including base 0, prefixes, underscores
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o777", 8), int("1010", 2))
print(int("0b1010", 2), int("z", 36), int("Zz", 36), int("10", 3))
print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0), int("0", 0), int("1_000_000", 0))
print(int("-0x10", 0), int(" +0b11 ", 0), int("123456789012345678901234567890"), int("-99999999999999999999"))
print(int("f" * 40, 16))
for s, b in [("08", 0), ("0x", 16), ("1__0", 10), ("_1", 10), ("1_", 10), ("2", 2), ("", 10), ("0b", 0), (" ", 10)]:
    try:
        print(int(s, b))
    except ValueError:
        print("ValueError", repr(s), b)
try:
    int("1", 37)
except ValueError:
    print("ValueError base 37")
