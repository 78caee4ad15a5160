# Without MBPY_NUMBER_ATTRS (the device, as the original firmware): int has from_bytes and to_bytes only,
# float no attributes; what works through the builtins still does.
import math

for name in "real imag numerator denominator bit_length conjugate".split():
    print(name, hasattr(5, name), hasattr(2.5, name), hasattr(True, name))
for name in "__index__ __int__ __float__ __trunc__ __floor__ __ceil__ __round__".split():
    print(name, hasattr(int, name), hasattr(float, name))
try:
    (7).bit_length()
except AttributeError as e:
    print("AttributeError", e)
print(int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(2, "big"))
print(round(2.5), round(3.75, 1), round(7), abs(-3), abs(-2.5), int(2.9), float(3))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(4))
print([1, 2, 3][True], "%d %x" % (3.7, 255), divmod(7, 2), 7 // 2.0)
