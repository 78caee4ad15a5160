# zip stops at the shortest input
print(list(zip([1, 2, 3], "ab")))
print(list(zip(range(3), range(10, 13), range(20, 25))))
a = iter(range(5))
print(list(zip(a, a)))
m = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*m)), [list(r) for r in zip(*m)])
print(dict(zip(["k1", "k2"], [True, False])))
