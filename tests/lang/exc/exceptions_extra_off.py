# Without MBPY_EXCEPTIONS_EXTRA (the device, as the original firmware): no UnboundLocalError,
# RecursionError, ModuleNotFoundError, UnicodeDecodeError, UnicodeEncodeError; their errors are raised as
# the firmware raises them, as their bases, which `except` clauses catch.
import builtins

print(hasattr(builtins, "UnboundLocalError"), hasattr(builtins, "RecursionError"))
print(hasattr(builtins, "ModuleNotFoundError"), hasattr(builtins, "UnicodeDecodeError"))


def unbound():
    print(x)
    x = 1


try:
    unbound()
except NameError as e:
    print(type(e).__name__, e)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    str(b"a\xff", "utf-8")
except UnicodeError as e:
    print(type(e).__name__)
