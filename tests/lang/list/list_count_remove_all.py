# count, remove and membership with equal-but-different values
l = [1, 1.0, True, "1", [1], 2]
print(l.count(1), l.count("1"), l.count([1]), l.index(True), l.index(2))
l.remove(True)
print(l)
while 1 in l:
    l.remove(1)
print(l)
print([x for x in [0, False, 0.0, None, ""] if x == 0])
