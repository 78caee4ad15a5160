# __repr__ and __str__ and their fallbacks
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
class C(A):
    pass
a, b = A(), B()
print(a, str(a), repr(a), [a])
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(C(), "%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
class D:
    pass
print(repr(D()).startswith("<"), str(D()) == repr(D()) or True)
