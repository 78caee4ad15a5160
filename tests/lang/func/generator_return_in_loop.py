# return inside loops in generators stops iteration
def first_n_primes(n):
    found = 0
    k = 2
    while True:
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            yield k
            found += 1
            if found == n:
                return
        k += 1
print(list(first_n_primes(10)))
def until(seq, stop):
    for x in seq:
        if x == stop:
            return "stopped"
        yield x
g = until("abcdef", "d")
print(list(g))
def outer():
    r = yield from until("xyz", "y")
    yield r
print(list(outer()))
