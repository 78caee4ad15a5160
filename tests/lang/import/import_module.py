# importing a module from the script's folder
import _lib
print(_lib.VALUE, _lib.greet("bit"), _lib.Thing(3).n, _lib.__name__)
import _lib as h
print(h is _lib)
from _lib import greet, VALUE as V
print(greet("again"), V)
import sys
print("_lib" in sys.modules)
