# tuple ordering, hashing and as dict keys
pts = [(2, 1), (1, 2), (1, 1), (2, 0), (0, 5)]
print(sorted(pts), min(pts), max(pts), sorted(pts, key=lambda p: p[1]))
grid = {}
for p in pts:
    grid[p] = sum(p)
print(grid[(1, 2)], (0, 5) in grid, (5, 0) in grid)
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1,) < (1, 0), () < (0,), (1, "a") < (1, "b"))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError unhashable element")
