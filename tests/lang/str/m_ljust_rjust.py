# ljust and rjust
for s in ["", "x", "hello"]:
    for w in (-1, 0, 3, 7):
        print(repr(s.ljust(w)), repr(s.rjust(w)), repr(s.ljust(w, ".")), repr(s.rjust(w, "0")))
print("|".join(name.ljust(6) + str(score).rjust(4) for name, score in [("ann", 12), ("bob", 7), ("cy", 100)]))
