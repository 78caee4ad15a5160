# list operators, comparisons, nesting, copying
a = [1, 2, 3]
b = a + [4]
print(b, a * 2, 2 in a, a == [1, 2, 3], a < [1, 2, 4], a > [1, 2], [] < [0])
c = a[:]
c[0] = 99
print(a, c)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
a += "xy"
print(a)
print(list(map(list, ["ab", "cd"])), [x for x in a if isinstance(x, int)])
print(len([[]]), [[]] == [[]], [None] * 2, [1, [2, [3]]][1][1][0])
l = [1, 2, 3, 4, 5]
l[1:4] = [l[3], l[2], l[1]]
print(l, l[::-1], l.index(5))
print([1, 2] * 0, [] * 10, list(reversed(l)))
