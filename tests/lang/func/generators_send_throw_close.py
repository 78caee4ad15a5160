# generator send / throw / close
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught in gen", e)
            yield "recovered"
g = catcher()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated")

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup")
g = closer()
next(g)
g.close()
g.close()
print("closed twice ok")
g = closer()
g.close()
print("close before start ok")
try:
    g2 = acc()
    g2.send(1)
except TypeError:
    print("TypeError send non-None to fresh generator")
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError:
    print("RuntimeError yield in close")
