# nested if chains on tuples and ranges (classify points on a 5x5 grid)
def region(x, y):
    if not (0 <= x < 5 and 0 <= y < 5):
        return "outside"
    if x == y:
        if x == 2:
            return "centre"
        return "diagonal"
    elif x + y == 4:
        return "anti-diagonal"
    elif x in (0, 4) or y in (0, 4):
        return "edge"
    else:
        return "inner"
for y in range(-1, 6, 2):
    print([region(x, y)[:4] for x in range(-1, 6)])
print(region(2, 2), region(1, 3), region(0, 2), region(1, 2), region(9, 9))
