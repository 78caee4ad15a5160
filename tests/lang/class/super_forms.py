# super() zero-arg and two-arg forms
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
class B(A):
    def f(self):
        return "B.f>" + super().f()
    @classmethod
    def c(cls):
        return "B.c>" + super().c()
class C(B):
    def f(self):
        return "C.f>" + super(B, self).f()
print(B().f(), C().f(), B.c(), C.c())
class Init(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Init().ok)
class Lst(list):
    def append(self, x):
        super().append(x * 10)
l = Lst()
l.append(1)
l.append(2)
print(l, len(l))
