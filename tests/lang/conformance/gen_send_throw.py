# generators: send/throw/close, yield from return values, finally blocks
def g():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"

it = g()
print(next(it))
print(it.send(5))
try:
    it.send(7)
except StopIteration as e:
    print("stop", e.value, e.args)

def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
    return 42

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield r

print(list(outer()))

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "boom2")
c.close()
print("closed")
try:
    next(c)
except StopIteration:
    print("stopped after close")

def fin():
    try:
        yield 1
    finally:
        print("cleanup")

f = fin()
print(next(f))
f.close()
f.close()

def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

h = ignore_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError", e)

def gen_ret():
    return 5
    yield

try:
    next(gen_ret())
except StopIteration as e:
    print("value", e.value)

def delegate():
    result = yield from gen_ret()
    yield result
print(list(delegate()))

def send_none():
    v = yield
    yield v
s = send_none()
print(s.send(None))
print(s.send("x"))
try:
    g2 = g()
    g2.send(3)
except TypeError as e:
    print("TypeError")

def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(t)
except StopIteration:
    print("finished")

def yf():
    yield from [1, 2, 3]
    yield from range(2)
    yield from "ab"
print(list(yf()))

gexp = (x * x for x in range(4))
print(next(gexp), list(gexp), list(gexp))

def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
cc = counter()
print(next(cc), next(cc), next(cc), cc.send("reset"), next(cc))

def gen_exc():
    yield 1
    raise ValueError("in gen")
try:
    for v in gen_exc():
        print("v", v)
except ValueError as e:
    print("caught", e)

def nested_yield_from():
    def a():
        x = yield "a1"
        print("a got", x)
        return "ra"
    def b():
        r = yield from a()
        print("b got", r)
        return "rb"
    r = yield from b()
    print("top got", r)
n = nested_yield_from()
print(next(n))
try:
    n.send("hello")
except StopIteration:
    print("done nested")
