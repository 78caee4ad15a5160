# ints through format specs chosen from a fixed list
from _lcg import LCG
g = LCG(2)
specs = ["d", "5d", "+d", " d", "x", "#x", "X", "o", "#o", "b", ",", "_", "_x", "012d", "<12", ">12", "^12", "*^15,",
         "=+12", "e", ".3e", "f", ".1f", "g", ".4g", "%", "n"]
for i in range(1200):
    v = g.next64() >> g.below(64)
    if g.below(3) == 0:
        v = -v
    spec = specs[g.below(len(specs))]
    print(spec, format(v, spec))
