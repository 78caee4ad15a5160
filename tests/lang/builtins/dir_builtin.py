# dir() lists attributes (check membership only)
class C:
    a = 1
    def m(self): pass
d = dir(C())
print("a" in d, "m" in d, "zz" in d)
print("append" in dir([]), "upper" in dir(""), "keys" in dir({}))
import math
print("sqrt" in dir(math), "pi" in dir(math))
