# yield from an iterator that is not a generator: send, throw and close go to its methods.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(99)
        return self.n
    def send(self, v):
        print("send", v)
        return self.__next__()
    def throw(self, *a):
        print("throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        return 100
    def close(self):
        print("close")
def gen():
    r = yield from It()
    print("got", r)
    return r
g = gen()
print(next(g))
print(g.send(5))
print(g.throw(ValueError))
try:
    print(next(g))
except StopIteration as e:
    print("stop", e.value)
g.close()
g = gen()
next(g)
g.close()
class It2:
    def __iter__(self): return self
    def __next__(self): return 1
def gen2():
    yield from It2()
g = gen2(); next(g)
try: g.send(3)
except AttributeError as e: print("AttributeError")
g = gen2(); next(g)
try: g.throw(KeyError)
except KeyError: print("KeyError")
g = gen2(); next(g); g.close(); print("closed")
def gen3():
    yield from [1, 2]
g = gen3(); next(g)
try: g.send(1)
except AttributeError: print("AttributeError list")
