# A builtin type's binary operator that cannot take a user object gives NotImplemented, so the object's
# reflected method (or its swapped comparison) runs, for every operator and builtin operand type.
class X:
    def __radd__(self, o): return ("radd", type(o).__name__)
    def __rsub__(self, o): return ("rsub", type(o).__name__)
    def __rmul__(self, o): return ("rmul", type(o).__name__)
    def __rmatmul__(self, o): return ("rmatmul", type(o).__name__)
    def __rtruediv__(self, o): return ("rtruediv", type(o).__name__)
    def __rfloordiv__(self, o): return ("rfloordiv", type(o).__name__)
    def __rmod__(self, o): return ("rmod", type(o).__name__)
    def __rpow__(self, o): return ("rpow", type(o).__name__)
    def __rlshift__(self, o): return ("rlshift", type(o).__name__)
    def __rrshift__(self, o): return ("rrshift", type(o).__name__)
    def __rand__(self, o): return ("rand", type(o).__name__)
    def __ror__(self, o): return ("ror", type(o).__name__)
    def __rxor__(self, o): return ("rxor", type(o).__name__)
    def __gt__(self, o): return ("gt", type(o).__name__)
    def __lt__(self, o): return ("lt", type(o).__name__)
    def __ge__(self, o): return ("ge", type(o).__name__)
    def __le__(self, o): return ("le", type(o).__name__)
    def __eq__(self, o): return ("eq", type(o).__name__)
    def __ne__(self, o): return ("ne", type(o).__name__)
    __hash__ = None

class Plain:  # no reflected methods: TypeError
    pass

class Index:  # an __index__ repeats a sequence
    def __index__(self): return 2

vals = [1, 2**70, 1.5, True, "s", b"b", bytearray(b"ba"), [1], (1,), {1}, frozenset({1}), {1: 2}, None,
        range(2)]
ops = ["+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", ">", ">=", "==",
       "!="]
for v in vals:
    for o in ops:
        for k in (X, Plain):
            try:
                r = eval("a " + o + " b", {"a": v, "b": k()})
            except TypeError:
                r = "TypeError"
            if k is Plain and o in ("==", "!="):
                r = type(r).__name__
            print(type(v).__name__, o, k.__name__, r)

# Augmented assignment falls back the same way; a list's += takes any iterable, so it does not.
for v in [1, "s", (1,), [1]]:
    for o in ["+=", "*=", "-="]:
        g = {"a": v, "b": X()}
        try:
            exec("a " + o + " b", g)
            r = g["a"]
        except TypeError:
            r = "TypeError"
        print(type(v).__name__, o, r)

print([1, 2] * Index(), (1,) * Index(), Index() * [3], "ab" * Index(), Index() * b"c")
l = [0]
l *= Index()
print(l)
t = (1,)
t += X()
print(t)
