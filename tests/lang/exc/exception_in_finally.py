# an exception in finally replaces the active one
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except Exception as e:
    print(type(e).__name__, e.args)
def g():
    try:
        return 1
    finally:
        raise IndexError("from finally")
try:
    g()
except IndexError as e:
    print("IndexError", e.args)
def h():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                raise RuntimeError(i)
try:
    h()
except RuntimeError as e:
    print("RuntimeError", e.args)
