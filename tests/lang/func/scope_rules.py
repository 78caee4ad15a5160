# LEGB name resolution and UnboundLocalError
x = "global"
def f():
    return x
def g():
    x = "local"
    return x
def h():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        return "UnboundLocalError"
    except NameError:
        return "NameError"
print(f(), g(), h())
print(issubclass(UnboundLocalError, NameError))
def builtin_shadow():
    len = lambda s: 99
    return len("abc")
print(builtin_shadow(), len("abc"))
def enclosing():
    y = "enclosing"
    def inner():
        return y
    return inner()
print(enclosing())
class K:
    attr = "class"
    def m(self):
        try:
            return attr
        except NameError:
            return "class scope not visible"
print(K().m())
