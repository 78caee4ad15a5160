# micropython.opt_level(n) for code compiled from then on: from 1 asserts are left out and __debug__ is
# False; at 3 no line numbers are kept (tracebacks say line 1, as MicroPython). MicroPython's .exp.
import micropython
import sys

print(micropython.opt_level())
exec("print(__debug__)")
try:
    exec("assert 0, 'kept'")
except AssertionError as e:
    print("AssertionError", e)
micropython.opt_level(1)
print(micropython.opt_level())
exec("print(__debug__)")
exec("assert 0, 'dropped'")
print("no assert")
exec("try:\n x = 1\n\n xyz\nexcept NameError as e:\n sys.print_exception(e)")
micropython.opt_level(3)
exec("try:\n x = 1\n\n xyz\nexcept NameError as e:\n sys.print_exception(e)")
micropython.opt_level(0)
print("done")
