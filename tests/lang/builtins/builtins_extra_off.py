# Without MBPY_BUILTINS_EXTRA (the device, as the original firmware): no vars, delattr, compile or ascii
# (NameError), and iter() takes one argument.
import builtins

for name in ("vars", "delattr", "compile", "ascii"):
    print(name, hasattr(builtins, name))
try:
    vars()
except NameError as e:
    print("NameError", e)
try:
    iter(lambda: 1, 1)
except TypeError:
    print("TypeError")
print(list(iter([1, 2])), next(iter("ab")))


class A:
    pass


a = A()
setattr(a, "x", 1)
print(getattr(a, "x"), hasattr(a, "x"))
del a.x
print(hasattr(a, "x"))
