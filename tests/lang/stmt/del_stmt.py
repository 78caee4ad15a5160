# del on names, subscripts, slices, attributes
x = 1
del x
try:
    x
except NameError:
    print("x deleted")

lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError:
    print("KeyError")

class O: pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), hasattr(o, "b"))
try:
    del o.a
except AttributeError:
    print("AttributeError")

a, b, c = 1, 2, 3
del a, b
print(c)
l2 = [1, 2, 3]
del (l2[0], l2[0])
print(l2)
def f():
    y = 5
    del y
    try:
        return y
    except NameError:
        return "local deleted"
print(f())
