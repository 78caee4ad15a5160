# multiple inheritance and the C3 MRO
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()
class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

d = D()
print(d.who())
print(d.chain())

class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__bases__])
print(isinstance(Z(), Y))

class Mixin:
    def hello(self):
        return "hello from " + self.name
class Base:
    def __init__(self):
        self.name = "base"
class Both(Mixin, Base):
    pass
print(Both().hello())
