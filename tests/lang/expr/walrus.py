# assignment expressions :=
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 7])
i = 0
while (i := i + 1) < 4:
    print("i", i)
vals = []
def gen():
    yield from [1, 2, 0, 3]
it = gen()
while (v := next(it)):
    vals.append(v)
print(vals)
print((z := 10) + z)
def f():
    if any((found := x) > 5 for x in [1, 7, 3]):
        return found
print(f())
print([last := j for j in range(3)], last)
