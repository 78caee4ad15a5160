# Without MBPY_CLASS_HOOKS (the device, as the original firmware): `metaclass=` is a TypeError,
# __init_subclass__ and __set_name__ are never called, and a class attribute whose class has __get__ or
# __set__ is a plain value; property, classmethod and staticmethod still work.
class D:
    def __get__(self, obj, cls):
        return 42

    def __set__(self, obj, value):
        print("set", value)

    def __set_name__(self, owner, name):
        print("set_name", name)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls)

    d = D()

    @property
    def p(self):
        return "p"

    @classmethod
    def c(cls):
        return cls.__name__

    @staticmethod
    def s():
        return "s"


class Sub(Base):
    pass


b = Sub()
print(type(b.d).__name__)
b.d = 5
print(b.d, b.p, b.c(), b.s())


class M(type):
    pass


try:
    exec("class A(metaclass=M):\n    pass\n")
except TypeError as e:
    print("TypeError", e)
try:
    exec("class A(Base, x=1):\n    pass\n")
except TypeError as e:
    print("TypeError", e)
print(hasattr(object, "__init_subclass__"))
