# exception args, str() and repr() of exceptions
e = ValueError()
print(e.args, str(e) == "", repr(e))
e = ValueError("one")
print(e.args, str(e), repr(e))
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
e = Exception(5)
print(e.args, str(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
print(str(IndexError("idx")), repr(TypeError("t")))
try:
    raise ValueError("x", "y")
except ValueError as err:
    a, b = err.args
    print(a, b)
print(isinstance(e, BaseException), type(e).__name__)
