# str <-> float
for s in ["1", "1.5", "-2.25", "1e10", "1E-10", "  3.0  ", "+4.5", "0.1", "1_000.5", "inf", "-nan", "1e400", "-1e400", "1e-400"]:
    print(repr(s), float(s))
print(str(1.0), str(1e16), str(1.5e-7), str(0.1 + 0.7), str(1 / 7))
