# a module body runs only once however often it is imported
import _lib
import _lib
from _lib import VALUE
import _lib as again
print(VALUE, again is _lib)
