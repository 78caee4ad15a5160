# for loops with else, break, continue, nested loops, and targets
for i in range(3):
    print("i", i)
else:
    print("done", i)

for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")

for x in [1, 3, 5]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")

for x in []:
    print("never")
else:
    print("empty else")

for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for i, ch in enumerate("abc"):
    print(i, ch)
d = {}
for d["k"] in range(3):
    pass
print(d)
class O: pass
o = O()
for o.attr in "xy":
    pass
print(o.attr)
lst = [0, 0, 0]
for i, lst[i] in enumerate([7, 8, 9]):
    pass
print(lst)
