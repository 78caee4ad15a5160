# evaluation order: operands, calls, subscripts, augmented assignment targets, dict displays
log = []
def f(tag, v=None):
    log.append(tag)
    return v if v is not None else tag
def show():
    print(log)
    log.clear()

f("a") + f("b") * f("c", 2) if False else None
x = f("a", 1) + f("b", 2) * f("c", 3)
show()
f("fn", print)(f("arg1"), f("arg2"), sep=f("sep", "-"))
show()
d = {f("k1"): f("v1"), f("k2"): f("v2")}
show()
lst = [0, 0, 0]
lst[f("idx", 1)] = f("val", 9)
show()
class O: pass
o = O(); o.a = 1
f("obj", o).a += f("inc", 5)
show()
lst[f("i", 0)] += f("add", 3)
show()
print(lst, o.a)
r = f("cond", True) and f("then") or f("else")
show()
r = f("l", 1) < f("m", 2) < f("n", 0) < f("never", 5)
show()
a, b = f("first", 1), f("second", 2)
show()
print([f(i) for i in "xy"], {f("s1", 1), f("s2", 2)} == {1, 2})
show()
def kw(**k): return sorted(k)
kw(b=f("b"), a=f("a"))
show()
x = [f("l1"), *[f("star")], f("l2")]
show()
i = 0
arr = [10, 20, 30]
i, arr[i] = 2, 99
print(i, arr)
arr = [1, 2, 3]
arr[0], arr[arr[0]] = 2, 7
print(arr)
y = 1
y = y + (y := 10)
print(y)
def g():
    try:
        log.append("try")
        return f("ret")
    finally:
        log.append("finally")
g()
show()
def ch():
    return f("a", 1) == f("b", 1) == f("c", 2) == f("d", 2)
print(ch())
show()
print(f("t", 0) if f("c", False) else f("e", 1))
show()
dd = {}
dd[f("key", "k")] = dd.get(f("get", "k"), 0) + 1
show()
print(dd)
