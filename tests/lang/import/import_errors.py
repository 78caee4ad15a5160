# import failures are ImportError (ModuleNotFoundError is a subclass in CPython)
try:
    import _does_not_exist
except ImportError:
    print("ImportError missing module")
try:
    from _lib import nothing_here
except ImportError:
    print("ImportError missing name")
try:
    from _pkg import missing_sub
except ImportError:
    print("ImportError missing submodule")
