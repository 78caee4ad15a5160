# generators resumed inside the running loop: throw through yield from, returns in nested loops, recursion
# throw() into a chain suspended in yield from, and a generator's return inside a nested loop
def catcher():
    try:
        yield 1
    except IndexError:
        yield "caught IndexError"

def relay():
    yield from catcher()

r = relay()
print(next(r), r.throw(IndexError))

def pairs(n):
    for i in range(n):
        for j in range(n):
            if i + j > 2:
                return
            yield i, j

print(list(pairs(3)))

# a recursive tree walk with yield from
def walk(t):
    if t is None:
        return
    yield from walk(t[0])
    yield t[1]
    yield from walk(t[2])

tree = None
for k in [5, 2, 8, 1, 9, 3]:
    def add(t, k):
        if t is None:
            return (None, k, None)
        if k < t[1]:
            return (add(t[0], k), t[1], t[2])
        return (t[0], t[1], add(t[2], k))
    tree = add(tree, k)
print(list(walk(tree)))
