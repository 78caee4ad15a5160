# int() of a float whose value only a double holds (a float32 build rounds 1e30 elsewhere)
print(repr(int(1e30)))
