# generators: in try/finally, state, gi_ attributes, closing on exhaustion, generator expressions scope
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())))

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab", range(2))))

def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4]], 5]])))

def gen_with_return_in_loop():
    for i in range(10):
        if i == 3:
            return i
        yield i
print(list(gen_with_return_in_loop()))

def running():
    yield g2.send(None) if False else 1
g2 = running()
print(next(g2))

def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

x = 10
gexp = (x + i for i in range(3))
x = 20
print(list(gexp))

def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    sq = (e * e for e in evens)
    return list(sq)
print(pipeline())

def g_throw_after_done():
    yield 1
gt = g_throw_after_done()
list(gt)
try:
    gt.throw(ValueError("late"))
except ValueError as e:
    print("late throw", e)

def g_close_return():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
gc2 = g_close_return()
next(gc2)
gc2.close()
print(type(gc2).__name__)

def gen_unstarted():
    print("never")
    yield
gu = gen_unstarted()
gu.close()
try:
    next(gu)
except StopIteration:
    print("closed unstarted")

def yielder():
    x = yield
    while x is not None:
        x = yield x * 2
y = yielder()
next(y)
print(y.send(1), y.send(5))
try:
    y.send(None)
except StopIteration:
    print("ended")

def sub():
    try:
        yield 1
    except KeyError:
        yield "sub handled"
def top():
    yield from sub()
t = top()
next(t)
print(t.throw(KeyError))

def gen_stopiter():
    raise StopIteration
    yield
try:
    list(gen_stopiter())
except RuntimeError as e:
    print("RuntimeError")

print(list(zip(range(3), fib())))
print(sum(i for i in range(5) if i % 2), max((len(w), w) for w in "a bb ccc".split()))
print(sorted(x for x in "hello"), "".join(c.upper() for c in "abc"))
print([list(g) for g in [(i for i in range(n)) for n in range(3)]])
