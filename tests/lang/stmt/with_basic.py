# with statement: enter/exit order, as-binding, exception suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev.args if ev else None)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("boom")
print("after suppressed")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)

with CM("x") as x, CM("y") as y:
    print("two items", x, y)

def f():
    with CM("ret"):
        return "returned"
print(f())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
