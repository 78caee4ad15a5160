# generator objects keep local state between next() calls
def running_avg():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
g = running_avg()
next(g)
for v in (10, 20, 30, 0):
    print(g.send(v))
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs("abcde")))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
