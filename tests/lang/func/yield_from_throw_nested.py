# throw() and close() into nested yield from.
def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield 2
    finally:
        print("inner finally")
def middle():
    r = yield from inner()
    print("middle r", r)
    yield 3
def outer():
    yield from middle()
g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
try: next(g)
except StopIteration: print("done")
g = outer(); next(g)
try: g.throw(KeyError("k"))
except KeyError as e: print("KeyError out", e)
g = outer(); next(g)
g.close()
def raiser():
    yield 1
    raise TypeError("t")
def o2():
    try:
        yield from raiser()
    except TypeError as e:
        print("caught", e)
        yield 9
g = o2(); print(next(g), next(g))
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit")
        raise
def o3():
    yield from gen()
g = o3(); next(g)
try: g.throw(GeneratorExit)
except GeneratorExit: print("propagated")
