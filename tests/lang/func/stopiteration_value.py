# A generator's return value reaches StopIteration.value.
def g():
    yield 1
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
def h():
    r = yield from g()
    print("r", r)
    return r + 1
print(list(h()))
e = StopIteration()
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
def gen2():
    return
    yield
try: next(gen2())
except StopIteration as e: print(e.value)
def gen3():
    yield
    return (1, 2)
x = gen3(); next(x)
try: x.send(1)
except StopIteration as e: print(e.value, e.args)
def gen4():
    raise StopIteration(5)
    yield
try: next(gen4())
except RuntimeError as e: print("RuntimeError", e)
