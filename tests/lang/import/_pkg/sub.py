# submodule using a relative import of a sibling
from . import sibling
from .sibling import SIB
def sub_func():
    return "sub_func+" + sibling.name() + "+" + SIB
