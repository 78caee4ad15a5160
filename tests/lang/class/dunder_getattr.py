# __getattr__ __setattr__ __delattr__
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.x_hello)
try:
    d.other
except AttributeError:
    print("AttributeError")
print(getattr(d, "x_abc"), getattr(d, "nope", "dflt"), hasattr(d, "nope"), hasattr(d, "x_y"))

class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
o = Logged()
o.a = 5
print(o.a)
del o.a
print(hasattr(o, "a"))
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError("frozen")
try:
    Frozen().x = 1
except AttributeError:
    print("cannot set")
