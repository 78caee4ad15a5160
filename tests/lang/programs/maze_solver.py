# breadth-first search through a maze grid
maze = [
    "S.#......",
    ".##.####.",
    "....#....",
    "#.#.#.##.",
    "..#...#.E",
]
H, W = len(maze), len(maze[0])
start = end = None
for y, row in enumerate(maze):
    for x, c in enumerate(row):
        if c == "S":
            start = (x, y)
        elif c == "E":
            end = (x, y)
prev = {start: None}
queue = [start]
while queue:
    cur = queue.pop(0)
    if cur == end:
        break
    x, y = cur
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if 0 <= nx < W and 0 <= ny < H and maze[ny][nx] != "#" and (nx, ny) not in prev:
            prev[(nx, ny)] = cur
            queue.append((nx, ny))
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
path.reverse()
print("steps", len(path) - 1)
grid = [list(r) for r in maze]
for x, y in path[1:-1]:
    grid[y][x] = "*"
print("\n".join("".join(r) for r in grid))
