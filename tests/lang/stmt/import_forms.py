# import forms with builtin modules
import math
import math as m
from math import sqrt, pi as PI
from math import *
import sys, math
print(m is math, sqrt(16.0), round(PI, 5), floor(2.7))
import collections
from collections import namedtuple as nt
print(nt is collections.namedtuple)
try:
    import no_such_module_xyz
except ImportError as e:
    print("ImportError", type(e).__name__ in ("ImportError", "ModuleNotFoundError"))
try:
    from math import no_such_name
except ImportError:
    print("ImportError from-import")
def f():
    import math as mm
    return mm.sqrt(9)
print(f())
print("math" in sys.modules)
