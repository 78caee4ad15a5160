# tuple packing and unpacking forms
t = 1, 2, 3
a, b, c = t
print(a, b, c, type(t).__name__)
(x, y), z = (1, 2), 3
print(x, y, z)
head, *tail = t
*init, last = t
print(head, tail, init, last)
single = 5,
print(single, len(single))
def swap(p):
    a, b = p
    return b, a
print(swap((1, 2)), swap("ab"))
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(tuple(x for x in range(3)), (*range(2), *"ab"))
