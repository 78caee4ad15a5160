# __init_subclass__: implicitly a class method, called on the base of each new class with the class
# statement's keywords (metaclass= excluded); object's takes no keywords.
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
        super().__init_subclass__()


class A(Base):
    pass


class B(A, tag=1, other="x"):
    pass


class C(Base):
    @classmethod
    def __init_subclass__(cls):
        print("C sub", cls.__name__)


class D(C):
    pass


class P:
    def __init_subclass__(cls, k=0):
        cls.k = k


class Q(P, k=5):
    pass


class Q2(P):
    pass


print(Q.k, Q2.k, P.__dict__.get("k"))
try:

    class R(object, bad=1):
        pass

except TypeError:
    print("TypeError")
try:

    class S(P, nope=1):
        pass

except TypeError:
    print("TypeError")


class Meta(type):
    pass


class M(P, metaclass=Meta, k=3):
    pass


print(M.k, type(M).__name__)
T = type("T", (P,), {})
print(T.k)
object.__init_subclass__()
