# yield from delegation, return values and send passthrough
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * 2 for x in range(2)))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def thrower():
    try:
        yield 1
    except ValueError:
        yield "handled inside"
def deleg():
    yield from thrower()
g = deleg()
next(g)
print(g.throw(ValueError))
