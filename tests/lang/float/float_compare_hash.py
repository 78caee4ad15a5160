# float comparison and hash consistency
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 == 1, hash(1.0) == hash(1), hash(2.0) == hash(2))
print(hash(-0.0) == hash(0.0), {1.0: "a"}[1], {2: "int"}.get(2.0), 1.5 in {1.5}, -0.0 == 0.0)
print(sorted([2.5, -1.0, 0.0, 1e-300, -1e300]), max([0.1, 0.01]), min(-0.0, 0.0))
# Equal ints and floats hash alike around every word size's modulus and small-int bound.
for n in (2**28 - 1, 2**28, 2**29 - 1, 2**29, 2**29 + 1, 2**30, 2**31 - 1, 2**31, -2**29, -2**30, 2**61 - 1, 2**61):
    print(n, hash(n) == hash(float(n)), {n: 1}.get(float(n)))
