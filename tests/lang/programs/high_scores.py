# a high score table kept sorted and capped, saved as text lines
table = []
def submit(name, score, cap=5):
    table.append((score, name))
    table.sort(key=lambda e: (-e[0], e[1]))
    del table[cap:]
    return (score, name) in table
for n, s in [("ann", 30), ("bob", 45), ("cy", 12), ("dee", 45), ("eve", 60), ("fay", 5), ("gus", 33)]:
    print(n, s, "entered" if submit(n, s) else "too low")
lines = ["%s,%d" % (n, s) for s, n in table]
print("\n".join(lines))
loaded = [(l.split(",")[0], int(l.split(",")[1])) for l in lines]
print(loaded == [(n, s) for s, n in table])
