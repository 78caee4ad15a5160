# %-formatting and format() with small precisions hit rounding-to-even edge cases
from _lcg import LCG
g = LCG(7)
for i in range(1500):
    v = g.below(100000) / 1000
    if g.below(4) == 0:
        v = g.below(1000) / 8
    p = g.below(4)
    print(v, "%.*f" % (p, v), format(v, ".%de" % p), format(v, ".%dg" % (p + 1)), round(v, p))
