# repr of short decimal values (the common case: 0.1, 2.5e-3 ...)
from _lcg import LCG
g = LCG(5)
bad = 0
for i in range(2000):
    digits = g.below(10 ** (g.below(9) + 1))
    exp = g.below(40) - 20
    v = float(str(digits) + "e" + str(exp))
    if g.below(2):
        v = -v
    r = repr(v)
    bad += float(r) != v
    if i % 2:
        print(r, str(v))
    else:
        print(r, v * 3, v / 7)
print("round-trip failures:", bad)
