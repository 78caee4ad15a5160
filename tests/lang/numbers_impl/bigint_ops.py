# Big ints: arithmetic across the small/big boundary, floor rules, two's-complement bit operations.
edge = [0, 1, -1, 2**31 - 1, -2**31, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63, 2**64 + 1, -(2**100) + 7, 3**80]
for a in edge:
    for b in edge:
        print(a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a == b)
        if b:
            print(divmod(a, b), a // b, a % b)
    print(-a, ~a, abs(a), a.bit_length(), hash(a) == hash(float(a)) if abs(a) < 2**1000 else None)
    print(a << 70, a >> 3, a >> 200)
print(2**1000 // 3**300, pow(3, 1000, 2**61 - 1), pow(7, -1, 13))
print(int("  -1_000_000  "), int("0x_ff", 0), int("z", 36), int(b"42"), int(-7.9), int(True))
for bad in ["", "1__2", "_1", "0x", "12a", "010"]:
    try:
        int(bad, 0)
    except ValueError:
        print("ValueError", repr(bad))
print((1234).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x01\x00", "little"))
print(len(str(10**4000)), str(7**1500)[:50])
print(2**53 + 1 > float(2**53), 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308, -10**400 < float("-inf"))
print(10**40 / 3, 1 / 3, 7 // 2.0, -7 % 3.0, 2**-2, (-8) ** (1 / 3))
