# repr/str of doubles built from random bit patterns (shortest round-trip)
import struct
from _lcg import LCG
g = LCG(4)
bad = 0
n = 0
while n < 2000:
    bits = g.next64()
    v = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if v != v or v in (float("inf"), float("-inf")):
        continue
    n += 1
    r = repr(v)
    if float(r) != v:
        bad += 1
    print(r)
print("round-trip failures:", bad)
