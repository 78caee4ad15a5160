# sys.print_exception (MicroPython) prints a caught exception's traceback; CPython lacks it, so .exp
import sys
def f():
    raise KeyError("k")
try:
    f()
except KeyError as e:
    sys.print_exception(e, sys.stdout)
print("continues")
