# each runaway recursion raises a fresh-looking RuntimeError (RecursionError in CPython, a subclass):
# its message and args, no attributes, cause or context left from an earlier one
class R:
    def __repr__(self):
        return repr(self)
def down():
    repr(R())
def msg(e):
    return len(e.args) == 1 and str(e).startswith("maximum recursion depth exceeded")
def catch():
    try:
        down()
    except RuntimeError as e:
        return e
e = catch()
print(msg(e), e.__cause__, e.__context__)
e.args = ("changed",)
e.note = 1
f = catch()
print(msg(f), hasattr(f, "note"))
try:
    try:
        down()
    except RuntimeError:
        raise ValueError("in the handler")
except ValueError as v:
    print(type(v).__name__, msg(v.__context__))
try:
    try:
        raise KeyError(5)
    except KeyError:
        down()
except RuntimeError as r:
    print(msg(r), repr(r.__context__))
try:
    try:
        down()
    except RuntimeError as r:
        raise ValueError("x") from r
except ValueError as v:
    print(msg(v.__cause__))
try:
    try:
        down()
    except RuntimeError as r:
        raise r from None
except RuntimeError as r:
    print(msg(r), r.__suppress_context__)
g = catch()
print(msg(g), g.__cause__, g.__context__, g.__suppress_context__)
print("still works", repr([1, [2]]))
