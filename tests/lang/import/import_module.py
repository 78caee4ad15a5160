# importing a helper module from the script's folder
import _helper
print(_helper.VALUE, _helper.greet("bit"), _helper.Thing(3).n, _helper.__name__)
import _helper as h
print(h is _helper)
from _helper import greet, VALUE as V
print(greet("again"), V)
import sys
print("_helper" in sys.modules)
