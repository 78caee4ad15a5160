# generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(count_up(0), "default"))

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fibs():
    if x > 100:
        break
    out.append(x)
print(out)
def with_return():
    yield 1
    return "done"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value", e.value, e.args)
print(type(g).__name__)
def gen_in_try():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
for v in gen_in_try():
    print(v)
print(sum(count_up(10)), max(count_up(7)), sorted(count_up(3), reverse=True))
