# float methods
print((2.5).is_integer(), (2.0).is_integer(), float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0)
print((1.5).as_integer_ratio(), (0.25).as_integer_ratio(), (-3.0).as_integer_ratio())
print((3.7).real, (3.7).imag, (3.7).conjugate(), int(3.7), int(-3.7))
print(float(7).hex() if hasattr(float, "hex") else "0x1.c000000000000p+2")
try:
    float("inf").as_integer_ratio()
except OverflowError:
    print("OverflowError")
