# thousands of ints of every size: str, repr, hex, oct, bin and round trips
from _lcg import LCG
g = LCG(1)
bad = 0
for i in range(1500):
    bits = g.below(200) + 1
    v = g.next64()
    while len(bin(v)) - 2 < bits:
        v = (v << 64) | g.next64()
    v >>= max(0, len(bin(v)) - 2 - bits)
    if g.below(2):
        v = -v
    s = str(v)
    if int(s) != v or int(hex(v), 16) != v or int(oct(v), 0) != v or int(bin(v), 0) != v:
        bad += 1
    if i % 3 == 0:
        print(s, hex(v), oct(v))
    elif i % 3 == 1:
        print(repr(v), bin(v))
print("round-trip failures:", bad)
