# bound/unbound methods, storing functions on instances vs classes
class C:
    def m(self):
        return "method"
def free(self):
    return "free bound to " + type(self).__name__
C.added = free
c = C()
print(c.added())
c.inst_func = lambda: "instance attribute, not bound"
print(c.inst_func())
m = c.m
print(m(), C.m(c), m.__func__ is C.m if hasattr(m, "__func__") else True)
meths = [c.m, c.added]
print([f() for f in meths])
