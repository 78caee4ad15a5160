# map with several iterables and builtin functions
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(len, ["a", "bb", ""])), list(map(str.upper, "ab")))
print(list(map(int, "123")), list(map(float, ["1.5", "2"])), list(map(bool, [0, 1, ""])))
print(list(map(lambda *a: sum(a), range(3), range(3), range(3))))
print(sum(map(int, str(2 ** 100))))
