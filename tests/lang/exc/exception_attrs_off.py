# Without MBPY_EXCEPTION_ATTRS (the device, as the original firmware): an exception has args, and value on
# StopIteration only (errno on OSError stays here); __cause__, __context__, code ... are AttributeError. A
# user class's instances keep their own attributes, and `raise ... from` still runs.
for name in ("__cause__", "__context__", "__suppress_context__", "__traceback__", "with_traceback", "value"):
    try:
        getattr(ValueError(1), name)
        print(name, "present")
    except AttributeError:
        print(name, "AttributeError")
for e, name in ((OSError(2, "x"), "strerror"), (SystemExit(3), "code")):
    print(name, hasattr(e, name))
print(StopIteration(4).value, ValueError(5).args)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from TypeError(3)
except ValueError as e:
    print("ValueError", e.args, hasattr(e, "__cause__"), hasattr(e, "__context__"))


class E(Exception):
    def __init__(self, a):
        super().__init__(a)
        self.x = a


e = E(6)
e.y = 7
print(e.x, e.y, e.args)
