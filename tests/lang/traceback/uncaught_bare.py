# an exception raised without arguments: MicroPython still prints ": " after the type (CPython does not)
import sys
try:
    raise KeyError
except KeyError as e:
    sys.print_exception(e, sys.stdout)

def stop():
    raise ValueError

stop()
