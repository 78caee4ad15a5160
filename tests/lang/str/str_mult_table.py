# building a formatted multiplication table
n = 6
print("   " + "".join("%4d" % c for c in range(1, n + 1)))
for r in range(1, n + 1):
    print("%2d " % r + "".join("%4d" % (r * c) for c in range(1, n + 1)))
print("-" * (3 + 4 * n))
print(" ".join("{:>3}".format(i * i) for i in range(1, 11)))
