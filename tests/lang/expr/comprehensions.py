# list, set, dict comprehensions and generator expressions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print(sorted({c for c in "mississippi"}))
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
g = (x + 1 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))
print(max(len(w) for w in "the quick brown fox".split()))
x = "outer"
print([x for x in "ab"], x)
print([y for row in [[1, 2], [3]] for y in row])
print([(i, c) for i, c in enumerate("hi")])
print([a + b for a, b in [(1, 2), (3, 4)]])
print({i % 3 for i in range(10)} == {0, 1, 2})
n = 3
print([i * n for i in range(n)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
