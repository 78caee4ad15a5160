# The module the import tests import (not a test itself).
print("_lib loading, __name__ =", __name__)
VALUE = 42
_private = "hidden"
def greet(who):
    return "hello " + who
class Thing:
    def __init__(self, n):
        self.n = n
