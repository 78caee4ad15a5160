# def and class inside if/else; redefinition
FAST = True
if FAST:
    def speed():
        return "fast"
else:
    def speed():
        return "slow"
print(speed())
def f():
    return 1
g = f
def f():
    return 2
print(f(), g())
try:
    class C:
        x = 1
except Exception:
    pass
print(C.x)
for n in range(2):
    def h(n=n):
        return n * 10
print(h())
