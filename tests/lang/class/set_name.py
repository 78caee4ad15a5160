# __set_name__ is called for each value of a class body, in order, after the class is made; a
# __set_name__ that adds to the class does not see its own additions; the body may change its namespace.
class Desc:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print("set_name", self.tag, owner.__name__, name)


class A:
    x = Desc(1)
    y = Desc(2)

    def f(self):
        pass

    z = Desc(3)


class Adder:
    def __set_name__(self, owner, name):
        print("adder", name)
        setattr(owner, name + "_extra", Desc("extra"))


class B:
    a = Adder()
    b = Adder()


print(sorted(k for k in B.__dict__ if not k.startswith("__")))


class C:
    p = Desc("p")
    del p
    q = Desc("q")
    q = Desc("q2")
    locals()["r"] = Desc("r")


class Remover:
    def __set_name__(self, owner, name):
        print("remove", name)
        if hasattr(owner, "later"):
            delattr(owner, "later")


class D:
    first = Remover()
    later = Desc("later")


print(hasattr(D, "later"))
# type() runs it too
T = type("T", (), {"d": Desc("dyn")})
# only on the value's type: an instance attribute does not count
o = Desc("o")
o.__set_name__ = None
class E:
    v = o
