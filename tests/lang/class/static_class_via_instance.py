# Static and class methods through classes, instances and subclasses; functions on instances are not bound.
class A:
    @staticmethod
    def s(*a): return ("s", a)
    @classmethod
    def c(cls, *a): return (cls.__name__, a)
class B(A): pass
print(A.s(1), A().s(1), B.s(2), B().s(3))
print(A.c(1), A().c(1), B.c(2), B().c(3))
def f(*a): return a
class C:
    g = f
c = C()
c.h = f
print(c.g(1)[0] is c)
print(c.h(1))
print(C.g(1))
sm = staticmethod(f)
cm = classmethod(f)
class D:
    x = sm
    y = cm
print(D.x(1), D().x(2), D.y(1)[0].__name__, D().y(2)[1])
print(type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__)
print(A.__dict__["s"].__func__ is not None)
