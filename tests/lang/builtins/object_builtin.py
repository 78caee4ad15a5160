# object() basics
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.x = 1
except AttributeError:
    print("AttributeError")
print(isinstance(5, object), isinstance(object, object), issubclass(int, object))
