# a module body runs only once however often it is imported
import _helper
import _helper
from _helper import VALUE
import _helper as again
print(VALUE, again is _helper)
