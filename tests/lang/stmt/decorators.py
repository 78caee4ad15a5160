# function and class decorators, stacked and with arguments
def trace(f):
    def wrapper(*a, **k):
        print("call", f.__name__, a)
        return f(*a, **k)
    return wrapper

@trace
def add(a, b):
    return a + b
print(add(2, 3))

def times(n):
    def deco(f):
        def w(x):
            for _ in range(n):
                x = f(x)
            return x
        return w
    return deco

@times(3)
def double(x):
    return x * 2
print(double(1))

def a(f):
    return lambda: "a(" + f() + ")"
def b(f):
    return lambda: "b(" + f() + ")"
@a
@b
def base():
    return "base"
print(base())

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class Foo:
    pass
@register
class Bar:
    pass
print(registry)

order = []
def mk(n):
    order.append("make %d" % n)
    def d(f):
        order.append("apply %d" % n)
        return f
    return d
@mk(1)
@mk(2)
def z():
    pass
print(order)
