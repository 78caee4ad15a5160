# floats through e/f/g/% format specs with random precisions
from _lcg import LCG
g = LCG(6)
kinds = "efgEG%"
for i in range(2000):
    m = g.below(10 ** 9)
    e = g.below(30) - 15
    v = m * 10.0 ** e
    if g.below(2):
        v = -v
    k = kinds[g.below(len(kinds))]
    p = g.below(12)
    w = g.below(16)
    spec = "%d.%d%s" % (w, p, k)
    print(spec, format(v, spec), ("%" + spec) % v if k != "%" else "")
