# Formatting: % operator, str.format with specs, f-strings, int/float/str conversions.
# quick-size: 50
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 60000


def digest(s, h):
    for ch in s[-6:]:
        h = (h * 33 + ord(ch)) & 0xFFFFFF
    return (h + len(s)) & 0xFFFFFF


h = 5381
names = ["alpha", "beta", "gamma", "delta", "epsilon"]
for i in range(N):
    name = names[i % 5]
    x = i * 0.37
    h = digest("%d:%s:%5.2f" % (i, name, x), h)
    h = digest("%-8s|%08x|%o" % (name, i * 2654435761 & 0xFFFFFFFF, i), h)
    h = digest("{:>10}|{:^7}|{:.3f}".format(i, name[:3], x), h)
    h = digest("{0}-{1}-{0}".format(name, i % 97), h)
    h = digest(f"{name}={i:5d} {x:8.1f} {i % 13!r}", h)
    h = digest(str(i) + repr(name) + str(x > 100), h)
    h = digest(str(int(str(i * 7)) + 1), h)
print("formatting", N, h)
