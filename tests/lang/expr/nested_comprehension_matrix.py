# nested comprehensions over grids
grid = [[(r * 5 + c) % 7 for c in range(5)] for r in range(5)]
print(grid)
print([[grid[r][c] for r in range(5)] for c in range(5)] == [list(col) for col in zip(*grid)])
print([v for row in grid for v in row if v > 4])
print({(r, c) for r in range(5) for c in range(5) if grid[r][c] == 0} == {(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v == 0})
print({r: sum(row) for r, row in enumerate(grid)})
print([[1 if r == c else 0 for c in range(3)] for r in range(3)])
print(sum(sum(1 for v in row if v % 2) for row in grid))
