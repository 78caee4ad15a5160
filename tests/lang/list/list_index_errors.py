# index and slice behaviour at the edges
l = [10, 20, 30]
for i in (-4, -3, -1, 0, 2, 3):
    try:
        print(i, l[i])
    except IndexError:
        print(i, "IndexError")
for i in (-4, 3):
    try:
        l[i] = 0
    except IndexError:
        print("assign", i, "IndexError")
try:
    del l[5]
except IndexError:
    print("del IndexError")
print(l[-100:100], l[3:], l[:0], l[2:1])
try:
    l.pop(10)
except IndexError:
    print("pop IndexError")
