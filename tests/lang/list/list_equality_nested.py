# equality and ordering of nested lists with mixed numbers
print([1, [2, 3]] == [1.0, [2, 3.0]], [[1]] < [[1, 0]], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([[]] == [[]], [[]] is [[]], [None] == [None], [float("nan")] == [float("nan")] if False else True)
a = [1, 2, 3]
print(a[:] == a, a[:] is a, a * 1 == a, list(a) is a)
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), max([[1, 2], [1, 2, 0]]))
