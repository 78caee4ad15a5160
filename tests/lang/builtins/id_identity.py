# id() is stable for an object and differs between live objects
a = []
b = []
print(id(a) == id(a), id(a) != id(b), isinstance(id(a), int))
x = a
print(id(x) == id(a))
print(id(None) == id(None))
