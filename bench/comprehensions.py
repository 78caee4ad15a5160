# Comprehensions: nested list comprehensions, dict and set comprehensions, conditions, zip/enumerate.
# quick-size: 5
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000

total = 0
for r in range(N):
    rows = [[(x * y + r) % 17 for x in range(30)] for y in range(20)]
    cols = [[row[c] for row in rows] for c in range(30)]
    flat = [v for row in rows for v in row if v % 2]
    squares = {i: i * i for i in range(r % 50, r % 50 + 60)}
    inverse = {v: k for k, v in squares.items() if k % 3}
    seen = {v % 23 for v in flat}
    pairs = [(a, b) for a, b in zip(cols[0], cols[1]) if a != b]
    labelled = {str(i): v for i, v in enumerate(flat[:40])}
    total += sum(flat) + len(cols) + sum(squares.values()) + len(inverse) + sum(seen)
    total += len(pairs) + sum(int(k) * v for k, v in labelled.items())
    total += sum([sum(c) for c in cols if c[0] > 3])
print("comprehensions", N, total)
