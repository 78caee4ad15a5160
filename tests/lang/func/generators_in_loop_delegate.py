# generators resumed inside the running loop: send, throw and close through yield from, state kept
# yield from passes values sent and returns the delegate's value
def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    r = yield from inner()
    yield "result %d" % r

o = outer()
print(next(o), o.send(3), o.send(4), next(o))

# the delegate's exception propagates through yield from into the outer generator's handler
def bad():
    yield 1
    1 / 0

def guarded():
    try:
        yield from bad()
    except ZeroDivisionError:
        yield "handled"
    yield "after"

print(list(guarded()))

# a generator iterating itself is already executing
def selfish():
    yield 1
    for x in me:
        yield x

me = selfish()
try:
    print(list(me))
except ValueError as e:
    print("ValueError", e)

# break out of a for over a generator, resume it later, then close it
def tracked(log):
    try:
        for i in range(10):
            yield i
    finally:
        log.append("closed")

log = []
t = tracked(log)
for x in t:
    if x == 2:
        break
print(next(t), log)
t.close()
print(log)

# a generator suspended inside an except block keeps its handled exception
def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in"
        try:
            raise
        except KeyError as e:
            yield "reraised %s" % e

for x in in_handler():
    print(x)

