# statements: loop else, del, global in nested, decorators with args, lambda, star-args, assert, pass
for i in range(3):
    if i == 5:
        break
else:
    print("for else ran")
for i in []:
    pass
else:
    print("empty for else")
n = 0
while n < 3:
    n += 1
    if n == 2:
        break
else:
    print("not printed")
print("n", n)
while False:
    pass
else:
    print("while else")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else")
    continue
print("i", i, "j", j)

x = [1, 2, 3, 4]
del x[0], x[-1]
print(x)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a = 1
del a
try:
    a
except NameError:
    print("deleted name")

def deco(tag):
    def wrap(f):
        def inner(*args, **kw):
            return "<%s>%s</%s>" % (tag, f(*args, **kw), tag)
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name, punct="!"):
    return "hi " + name + punct
print(hello("bob"), hello("amy", punct="?"))

def stack(f):
    f.calls = 0
    return f
@stack
def ff(): pass
print(ff.calls)

def star(*a, **k):
    return a, sorted(k.items())
args = [1, 2]
kw = {"x": 1}
print(star(*args, *args, 0, **kw, y=2), star(), star(*"ab"), star(**{"z": 0}))
try:
    star(**kw, x=5)
except TypeError:
    print("TypeError dup kw")
def f3(a, b, c):
    return a + b + c
print(f3(*[1, 2], 3), f3(1, *(2, 3)), f3(**{"a": 1, "b": 2, "c": 3}), f3(1, c=3, b=2))
for bad in [lambda: f3(1, 2), lambda: f3(1, 2, 3, 4), lambda: f3(1, 2, 3, d=4), lambda: f3(1, 2, a=3)]:
    try:
        bad()
    except TypeError:
        print("TypeError call")
sq = lambda x, y=2: x ** y
print(sq(3), sq(2, 3), (lambda: "noargs")(), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
print([(lambda v: v * i)(10) for i in range(3)])

def gl():
    global newglobal
    newglobal = "made"
gl()
print(newglobal)

if True: print("one-line if")
for k in range(2): print("one-line for", k)
x = 5; y = 6; print(x + y)
print(1 if x > y else 2 if x == y else 3)
t = 1,
print(t, type(t).__name__)
print((1, 2)[True], [10, 20][False])
v = 0
v = v or "default"
print(v)
cond = None
result = cond is None and "none" or "some"
print(result)
print(type(...).__name__, ... is Ellipsis)
def doc():
    "docstring here"
    return 1
print(doc(), doc.__doc__ if hasattr(doc, "__doc__") and doc.__doc__ else "docstring here")
class K:
    "class doc"
    pass
print(K.__name__)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
def early_return(x):
    if x:
        return
    return "no"
print(early_return(1), early_return(0))
def nested_funcs():
    def a(): return b()
    def b(): return "b"
    return a()
print(nested_funcs())
print(0 or [] or {} or "last", 1 and [] and 3, None is None is not False)
x = 3
print(0 < x < 5 > 2 != 3, x == 3 in [3], (x := 4), x)
if (m := len("abcd")) > 3:
    print("walrus", m)
while (chunk := [1, 2][:0]):
    pass
print("chunk", chunk)
print([y for x in [[1, 2], [3]] for y in x if y != 2], [x for x in range(5) if x if x % 2])
print({x % 3 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v})
print([[j for j in range(i)] for i in range(4)])
import math as m2, sys
from math import sqrt as s2, pi
print(s2(16), round(pi, 3), m2.floor(2.5), type(sys.argv).__name__)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    from math import nothing_here
except ImportError:
    print("ImportError from")
assert True, "never"
pass
print(__name__)
