# snake game on a 5x5 LED grid (lists instead of the display), scripted moves
W = H = 5
snake = [(2, 2), (1, 2)]
food = [(4, 2), (4, 4), (0, 0), (3, 1)]
moves = "RRDDLLLUUUURR"
dirs = {"R": (1, 0), "L": (-1, 0), "U": (0, -1), "D": (0, 1)}
def show():
    grid = [[0] * W for _ in range(H)]
    for x, y in snake:
        grid[y][x] = 5
    hx, hy = snake[0]
    grid[hy][hx] = 9
    if food:
        fx, fy = food[0]
        grid[fy][fx] = 3
    return ":".join("".join(str(v) for v in row) for row in grid)
score = 0
for step, m in enumerate(moves):
    dx, dy = dirs[m]
    hx, hy = snake[0]
    head = ((hx + dx) % W, (hy + dy) % H)
    if head in snake[:-1]:
        print("crash at step", step)
        break
    snake.insert(0, head)
    if food and head == food[0]:
        food.pop(0)
        score += 1
    else:
        snake.pop()
    print(step, m, show())
print("score", score, "length", len(snake))
