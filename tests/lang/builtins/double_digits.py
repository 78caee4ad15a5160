# builtins on floats whose results show a double's digits (a float32 build has other digits)
print(repr(1e100), sum([0.1] * 10), round(1e20))
print(int(1e20), int(-1e20), int(2.5e10))
