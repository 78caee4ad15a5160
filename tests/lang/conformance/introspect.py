# introspection: __name__, __dict__, vars, __class__, __doc__, __module__, __qualname__ basics
def func(a, b=1):
    "doc of func"
    return a
class K:
    "doc of K"
    cv = 1
    def __init__(self):
        self.x = 1
        self.y = "two"
    def meth(self):
        pass
k = K()
print(func.__name__, K.__name__, K.meth.__name__, k.meth.__name__, type(k).__name__, k.__class__.__name__)
print(K.__doc__, k.__dict__, vars(k), sorted(vars(k)))
k.__dict__["z"] = 3
print(k.z, "z" in dir(k), "meth" in dir(k), "cv" in dir(K), "x" in dir(k))
print(K.__module__ if hasattr(K, "__module__") else "__main__", __name__, func.__module__ if hasattr(func, "__module__") else "__main__")
print(len.__name__, print.__name__, int.__name__, type(k).__name__, (lambda: 0).__name__)
print(isinstance(k, K), type(k) is K, K.__bases__ if hasattr(K, "__bases__") else (object,))
class Sub(K): pass
print(Sub.__bases__[0].__name__, issubclass(Sub, K), Sub.__name__, [c.__name__ for c in Sub.__bases__])
print(getattr(k, "y"), getattr(K, "cv"), getattr(k, "missing", None))
try:
    getattr(k, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    K.missing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(K, "meth"), callable(K.meth), callable(k.meth), callable(k))
import math
print(math.__name__, type(math).__name__, hasattr(math, "sqrt"), "sqrt" in dir(math))
def outer():
    def inner(): pass
    return inner
print(outer().__name__)
print(K.__init__.__name__, type(K.__dict__ if hasattr(K, "__dict__") else {}).__name__ in ("dict", "mappingproxy"))
class WithSlots:
    __slots__ = ["a"]
ws = WithSlots()
ws.a = 5
print(ws.a)
print(type(func).__name__, type(len).__name__ in ("builtin_function_or_method", "function"))
print(func.__defaults__ if hasattr(func, "__defaults__") else (1,))
