# function objects: names, identity, first-class use
def f(a, b=1):
    "docstring"
    return a + b
print(f.__name__, callable(f), callable(1))
g = f
print(g(2), g is f)
def apply(fn, *args):
    return fn(*args)
print(apply(f, 5), apply(max, 3, 9, 2))
funcs = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b}
print(sorted((k, v(5, 3)) for k, v in funcs.items()))
class C:
    def m(self):
        return "m"
c = C()
bm = c.m
print(bm(), bm.__self__ is c, C.m(c))
print(type(f).__name__)
def noret():
    pass
print(noret())
def early(x):
    if x:
        return
    return "late"
print(early(1), early(0))
def multi():
    return 1, 2, 3
print(multi(), type(multi()).__name__)
