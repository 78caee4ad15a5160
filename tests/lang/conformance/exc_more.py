# exceptions: custom hierarchy with __str__, args mutation, exception in generator expression, finally return overriding
class AppError(Exception):
    def __str__(self):
        return "AppError: " + " / ".join(map(str, self.args))
class DbError(AppError):
    pass
try:
    raise DbError("conn", 5)
except AppError as e:
    print(e, repr(e.args), isinstance(e, Exception))
class WithInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
try:
    raise WithInit(1, 2)
except WithInit as e:
    print(e.a, e.b, e.args, str(e) == "" or str(e))
def f():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(f())
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(g())
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError:
    print("ZDE in comp")
e1 = ValueError("v")
e1.args = ("changed",)
print(e1, e1.args)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, "<-", e.__cause__, type(e.__cause__).__name__)
def check(v):
    if not isinstance(v, int):
        raise TypeError("need int, got %s" % type(v).__name__)
    if v < 0:
        raise ValueError("negative: %d" % v)
    return v
for v in [1, -1, "a", 2.5]:
    try:
        print("ok", check(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise Exception("a", "b")
except Exception as e:
    print(str(e), e.args[0])
err = None
try:
    {}["missing"]
except KeyError as e:
    err = e
print(repr(err), err.args, str(err))
try:
    raise IndexError
except LookupError as e:
    print("LookupError caught", type(e).__name__, repr(e))
def multi():
    try:
        int("x")
    except (ValueError, TypeError) as e:
        return "handled " + type(e).__name__
    else:
        return "else"
print(multi())
class CtxErr:
    def __enter__(self): raise RuntimeError("enter failed")
    def __exit__(self, *a): print("exit not called"); return True
try:
    with CtxErr():
        print("body not run")
except RuntimeError as e:
    print(e)
try:
    raise ValueError("x")
except ValueError:
    try:
        raise
    except ValueError as e2:
        print("re-raised", e2)
print(BaseException("b"), Exception().args, str(Exception(None)), repr(Exception(None)))
try:
    raise TypeError("a") from ValueError("b")
except TypeError as e:
    print(e.__suppress_context__, e.__cause__)
