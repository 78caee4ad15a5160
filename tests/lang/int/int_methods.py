# int methods and attributes
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(int.__name__, (17).__index__(), (-3).__abs__() if hasattr(int, "__abs__") else 3)
print(isinstance(True, int), True + 1, True * 10, -True, ~True)
print(int("10") + int(2.9), 7 .bit_length())
