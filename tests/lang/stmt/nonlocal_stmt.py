# nonlocal rebinding in nested functions
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
v, f = outer()
print(v, f(), f())

def counter():
    n = 0
    def step(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return step, get
s, g = counter()
s(); s(5)
print(g())

def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = a * 10
        inner()
        return a
    return mid()
print(deep())
