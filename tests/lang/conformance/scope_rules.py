# scoping: class scope in comprehensions, nonlocal/global interplay, closures in loops
x = "global"
class C:
    x = "class"
    lst = [x for _ in range(2)]
    y = x
    def m(self):
        return x
print(C.lst, C.y, C().m())

class D:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    first = [v * 2 for v in vals]
print(D.total, D.first)

def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc()
print(outer())

def g():
    global x
    x = "changed"
g()
print(x)

def make():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(make())

def make2():
    return [(lambda i=i: i)() for i in range(3)]
print(make2())

def deep():
    a = 1
    def mid():
        def inner():
            return a
        return inner
    a = 2
    return mid()()
print(deep())

def unbound():
    try:
        print(y_local)
    except NameError as e:
        print("NameError", type(e).__name__)
    y_local = 1
unbound()

def unbound2():
    try:
        z += 1
    except UnboundLocalError:
        print("UnboundLocalError")
    z = 0
unbound2()
print(issubclass(UnboundLocalError, NameError))

counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)

def nl():
    v = "a"
    def f1():
        def f2():
            nonlocal v
            v = v + "b"
        f2()
        return v
    return f1(), v
print(nl())

i = 10
lst = [i for i in range(3)]
print(i, lst)
print([j for j in range(3)], 'j' in dir())

def comp_closure():
    k = 5
    return [k + m for m in range(3)]
print(comp_closure())

def walrus_scope():
    [w := q for q in range(4)]
    return w
print(walrus_scope())

class E:
    a = 1
    def f(self):
        try:
            return a
        except NameError:
            return "no a"
print(E().f())

def func_attr():
    pass
func_attr.attr = 3
print(func_attr.attr, func_attr.__name__)

def default_eval(a=[]):
    a.append(1)
    return a
print(default_eval(), default_eval(), default_eval([0]))

def kw(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(kw(1, c=3))
print(kw(1, 2, 3, 4, c=5, e=6, f=7))
try:
    kw(1)
except TypeError:
    print("TypeError missing kwonly")
def posonly(a, b, /, c):
    return a, b, c
print(posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError:
    print("TypeError posonly")
