# __code__ and __globals__ of functions, and the function type built from a code object and globals.
def f():
    return a


ftype = type(f)
code = f.__code__
print(type(code).__name__)
print(type(ftype(code, {})) is ftype)
f1 = ftype(code, {"a": 1})
f2 = ftype(code, {"a": 2})
print(f1(), f2())
try:
    ftype(None, {})
except TypeError:
    print("TypeError")
try:
    ftype(code, None)
except TypeError:
    print("TypeError")


def foo():
    pass


print(type(foo.__globals__))
print(foo.__globals__ is globals(), foo.__globals__["foo"] is foo)
print((lambda: 0).__globals__ is globals())
try:
    foo.__globals__ = None
except AttributeError:
    print("AttributeError")
