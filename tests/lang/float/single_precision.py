# floats of a build with single precision (the device: docs/known-differences.md, "Floats on the device"):
# the float32 printed with the original firmware's 6 significant digits (MBPY_FLOAT_SHORTEST off), arithmetic
# rounded to float32 at each step, float32's range
import struct

print(1 / 3, 2**0.5, 123456789.0, 1e10, 16777217.0)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.1 * 3, 1.1 * 1.1, 2.0 - 1.9)
print(repr(0.1), repr(1.5), repr(1e-05), repr(1e16), 3.4028235e38, 1.4e-45)
print(1e39, -1e39, 1e-46, 3.4028235e38 * 10, float("3.4028236e38"))
print(float(2**24 + 1), float(2**24 + 2), int(1e20), int(0.1 * 2**30))
print("%.3f" % 1e10, "%.20f" % 0.1, format(1 / 3, ".10g"), "{:e}".format(7.0 / 3))
print(round(0.045, 2), round(2.675, 2), round(1234.5678, -2), round(16777215.0))
print(struct.pack("<d", 0.1), struct.unpack("<f", struct.pack("<f", 0.1))[0])
print(struct.unpack("<d", struct.pack("<d", 1 / 3))[0], "".join("%02x" % c for c in struct.pack("<d", 0.1)))
x = 1.0
for i in range(20):
    x = x * 1.01 + 0.5
print(x)
print(7.5 // 0.3, 7.5 % 0.3, divmod(-7.5, 0.3), 1e30 % 7)
print(1 / 3 == 0.3333333333, 0.33333334 == 1 / 3, hash(0.5) == hash(1 / 2))
