# exceptions: bare raise, re-raise, finally, nested try, attributes
def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise

try:
    f()
except ValueError as e:
    print("reraised", e, e.args)

def g():
    try:
        return "try"
    finally:
        print("finally runs")
print(g())

def h():
    try:
        return "try"
    finally:
        return "finally"
print(h())

def k():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
print(k())

try:
    try:
        raise KeyError("x")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e), str(e))

try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v")
except ValueError as e:
    print(type(e.__context__).__name__)

try:
    raise RuntimeError("r") from KeyError("k")
except RuntimeError as e:
    print(repr(e.__cause__))

e = Exception(1, 2, 3)
print(e.args, str(e), repr(e))
e = Exception()
print(e.args, repr(str(e)), repr(e))
e = Exception("one")
print(e.args, str(e), repr(e))
print(repr(ValueError("it's")))
print(str(KeyError("k")), repr(KeyError("k")))
print(str(KeyError()), str(KeyError(1, 2)))

class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise MyErr(42)
except Exception as e:
    print(type(e).__name__, e.code, e, e.args)

class Other(MyErr):
    pass

try:
    raise Other(1)
except MyErr as e:
    print("caught subclass", type(e).__name__)

try:
    raise (ValueError, TypeError)[1]("x")
except (ValueError, TypeError) as e:
    print("tuple", type(e).__name__)

def gen_error():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        return exc
print(type(gen_error()).__name__)

x = 0
try:
    x = 1
except:
    x = 2
else:
    x = 3
finally:
    x *= 10
print(x)

try:
    raise StopIteration
except Exception as e:
    print("StopIteration is Exception", isinstance(e, Exception))

print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnicodeError, ValueError), issubclass(OSError, Exception))
print(issubclass(AssertionError, Exception), issubclass(AttributeError, Exception))

def nested():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            print("inner handler")
            raise TypeError(2)
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer handler", e)
    finally:
        print("outer finally")
nested()

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

def exc_var_deleted():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        err
    except NameError:
        print("err deleted")
exc_var_deleted()

try:
    assert 1 == 2, "msg here"
except AssertionError as e:
    print("assert", e.args)
try:
    assert False
except AssertionError as e:
    print("assert", e.args)

def exc_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        print(type(e).__name__, e)
exc_in_finally()
e = ValueError("a", "b")
print(e.args[1], len(e.args))
try:
    raise Exception("x") from None
except Exception as e:
    print(e.__cause__, e.__suppress_context__)
