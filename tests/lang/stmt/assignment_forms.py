# assignment: chained, tuple, list targets, starred
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(r, s), t = (1, 2), 3
print(r, s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "abcdef"
print(h, mid, tl)
h, *mid, tl = [1, 2]
print(h, mid, tl)
l = [1, 2, 3]
l[0], l[1] = l[1], l[0]
print(l)
i = 0
i, l[i] = 1, 99
print(i, l)
try:
    a, b = [1, 2, 3]
except ValueError:
    print("too many values")
try:
    a, b, c = [1, 2]
except ValueError:
    print("not enough values")
try:
    a, *b, c = [1]
except ValueError:
    print("not enough for starred")
x = y = []
x.append(1)
print(y)
