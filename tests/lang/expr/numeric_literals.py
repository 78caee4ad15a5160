# integer and float literal forms
print(0x1F, 0o17, 0b1011, 1_000_000, 0x_FF, 0b_1_0)
print(1e3, 1E-2, 1.5e+2, .5, 5., 1_0.5, 0.0, -0.0)
print(123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(00, 0e0, 1j.imag if hasattr(1j, "imag") else 1.0)
print(type(1).__name__, type(1.0).__name__, type(10**20).__name__)
print(True + True, False * 5, True / 2)
