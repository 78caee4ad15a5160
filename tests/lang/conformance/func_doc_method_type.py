# function docstrings and the bound-method type name, as CPython shows them
def f():
    "doc of f"
    return 1
class C:
    def m(self):
        "doc of m"
print(f.__doc__, C.m.__doc__, C().m.__doc__)
print(type(C().m).__name__)
