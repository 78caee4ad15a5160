# truth value: __bool__ then __len__
class T:
    def __bool__(self):
        return False
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(T()), bool(L(0)), bool(L(3)), bool(Both()), bool(object()))
print("yes" if L(2) else "no", "yes" if T() else "no")
print(not T(), T() or "fallback", (L(0) and "x") is not None, (L(2) and "x"))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError __bool__ returned int")
