# with statement: __enter__/__exit__, suppression, exit args, multiple items
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev if ev is None else str(ev))
        return self.suppress

with CM("a") as a:
    print("body", a.name)

with CM("s", True):
    raise ValueError("suppressed")
print("after suppress")

try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with CM("x") as x, CM("y") as y:
    print("both", x.name, y.name)

def ret_in_with():
    with CM("r"):
        return "returned"
print(ret_in_with())

for i in range(3):
    with CM(i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoRet:
    def __enter__(self):
        return 5
    def __exit__(self, *a):
        print("len args", len(a))
with NoRet() as v:
    print(v)

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 1
with Truthy():
    1 / 0
print("suppressed by 1")

def gen_cm():
    with CM("g"):
        yield 1
        yield 2
for v in gen_cm():
    print("gen", v)

with CM("outer"):
    with CM("inner", True):
        raise RuntimeError("in")
    print("after inner")

try:
    with CM("e1") as p, CM("e2", True) as q:
        raise ValueError("v")
    print("suppressed by second")
except ValueError:
    print("not reached")
