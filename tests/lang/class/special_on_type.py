# Special methods are looked up on the type, not on the instance.
class A:
    def __len__(self): return 3
    def __repr__(self): return "A()"
a = A()
a.__len__ = lambda: 5
a.__repr__ = lambda: "inst"
print(len(a), repr(a))
class B:
    pass
b = B()
b.__iter__ = lambda: iter([1])
try:
    iter(b)
except TypeError:
    print("TypeError iter")
b.__call__ = lambda: 1
try:
    b()
except TypeError:
    print("TypeError call")
b.__add__ = lambda o: 1
try:
    b + 1
except TypeError:
    print("TypeError add")
class M(type): pass
