# runaway recursion raises RuntimeError (RecursionError in CPython is a subclass)
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError as e:
    print("RuntimeError caught")
def again(n):
    return again(n + 1) + 1
try:
    again(0)
except RuntimeError:
    print("caught again")
def ok(n):
    return n if n == 0 else ok(n - 1)
print("still works", ok(50))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RuntimeError:
    print("RuntimeError in __repr__")
