# range() objects: construction, indexing, slicing, membership
r = range(10)
print(r, range(1, 5), range(1, 10, 2), range(10, 0, -3))
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(0)))
print(r[3], r[-1], r[2:5], r[::-1], r[::3], len(range(1, 100, 7)))
print(5 in r, 10 in r, -1 in r, 4.5 in r)
print(range(0, 10, 2).index(6), range(10).count(3))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 2) == range(1, 3))
big = range(10**20)
print(big[-1], 10**19 in big, big[10**19])
print(range(1, 10, 3).start, range(1, 10, 3).stop, range(1, 10, 3).step)
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError")
try:
    range(5)[10]
except IndexError:
    print("IndexError")
