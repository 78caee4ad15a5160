# filter(), map() and zip() laziness and arguments
print(list(filter(None, [0, 1, "", "a", None, [], [1]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2])))
print(list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("ab", range(10))), list(zip()), list(zip([])))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
m = map(lambda x: x * 10, [1, 2])
print(next(m), next(m), next(m, "done"))
print(type(map(int, "1")).__name__, type(zip()).__name__, type(filter(None, [])).__name__)
