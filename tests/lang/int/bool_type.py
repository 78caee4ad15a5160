# bool is an int subclass with its own repr
print(True, False, repr(True), str(False), int(True), True + True, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + True).__name__, type(~True).__name__)
print(bool(0), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool(None))
print(True == 1, hash(True) == 1, {True: "a", 1: "b"}, {1, True, 1.0})
print(sum([True] * 5), ["no", "yes"][True], True > False)
print(isinstance(False, int), issubclass(bool, int))
print(bool.__name__, True.__class__.__name__)
