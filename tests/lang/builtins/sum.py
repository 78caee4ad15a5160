# sum() with start values
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(sum((1.5, 2.5)), sum([True, True, False]), sum([10**20, 1]), sum(x * x for x in range(4)))
print(sum([1, 2.5]), sum([], start=5))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError strings")
