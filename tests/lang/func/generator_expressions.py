# generator expression laziness
log = []
def src():
    for i in range(3):
        log.append("produce %d" % i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)))
print(tuple(c.upper() for c in "abc"))
print(dict((i, i * i) for i in range(3)))
print(", ".join(str(i) for i in range(4)))
print(sum(i for i in range(10) if i % 2))
gen = (i for i in [])
print(list(gen), next(gen, "empty"))
