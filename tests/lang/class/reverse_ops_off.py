# Without MBPY_REVERSE_OPS (the device, as the original firmware): a class's reflected methods are never
# called and there is no NotImplemented builtin; `a += b` calls __add__; the builtin types' mixed arithmetic
# is unchanged.
import builtins


class R:
    def __radd__(self, other):
        return "radd"

    def __iadd__(self, other):
        return "iadd"


try:
    print(1 + R())
except TypeError as e:
    print("TypeError", e)


class A:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return A(self.v + other)

    def __mul__(self, other):
        return A(self.v * other)


a = A(1)
a += 2
a *= 5
print(a.v)
r = R()
try:
    r += 1
except TypeError as e:
    print("TypeError", e)
print(hasattr(builtins, "NotImplemented"), hasattr(int, "__radd__"))
print(1 + 2.5, 2.5 * 2, 3 - True, [1] * 2, 2 * (1,))
