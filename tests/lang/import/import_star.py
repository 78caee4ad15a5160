# from module import * skips names that start with an underscore
from _lib import *
print(VALUE, greet("star"))
try:
    _private
    print("private imported")
except NameError:
    print("private not imported")
