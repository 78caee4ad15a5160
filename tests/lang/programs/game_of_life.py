# Conway's game of life on a 5x5 torus
grid = [
    [0, 1, 0, 0, 0],
    [0, 0, 1, 0, 0],
    [1, 1, 1, 0, 0],
    [0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0],
]
def step(g):
    n = len(g)
    new = [[0] * n for _ in range(n)]
    for y in range(n):
        for x in range(n):
            c = sum(g[(y + dy) % n][(x + dx) % n] for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dx or dy)
            new[y][x] = 1 if c == 3 or (c == 2 and g[y][x]) else 0
    return new
def show(g):
    return "\n".join("".join("#" if v else "." for v in row) for row in g)
for gen in range(6):
    print("gen", gen, "alive", sum(map(sum, grid)))
    print(show(grid))
    grid = step(grid)
