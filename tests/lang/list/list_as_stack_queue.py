# stack and queue idioms
stack = []
for i in range(5):
    stack.append(i)
out = []
while stack:
    out.append(stack.pop())
print(out)
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
grid = [[c + r * 3 for c in range(3)] for r in range(3)]
print([row[::-1] for row in grid])
print([list(col) for col in zip(*grid)])
print(sum(grid, []), max(map(max, grid)))
