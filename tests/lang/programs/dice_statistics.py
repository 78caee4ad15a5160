# dice statistics with a deterministic LCG instead of random
seed = 12345
def roll():
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % 6 + 1
counts = [0] * 13
for _ in range(3000):
    counts[roll() + roll()] += 1
for total in range(2, 13):
    print("%2d %4d %s" % (total, counts[total], "#" * (counts[total] // 20)))
print("most common", counts.index(max(counts)), "sum", sum(counts))
rolls = [roll() for _ in range(12)]
print(rolls, sorted(set(rolls)), max(rolls) - min(rolls))
yahtzee = sum(1 for _ in range(2000) if len({roll() for _ in range(5)}) == 1)
print("yahtzees", yahtzee)
