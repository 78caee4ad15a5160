# N-queens by recursive backtracking over lists of free columns and diagonals.
# quick-size: 6
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 12


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placed = []
    found = [0, 0]  # solutions, checksum: kept as numbers so memory does not grow with N

    def place(row):
        if row == n:
            found[0] += 1
            found[1] = (found[1] * 31 + sum((j + 1) * q for j, q in enumerate(placed))) % 1000000007
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placed.append(c)
                place(row + 1)
                placed.pop()
                cols[c] = diag1[row + c] = diag2[row - c + n] = False

    place(0)
    return found


total = 0
count = 0
for n in range(4, N + 1):
    c, h = solve(n)
    count += c
    total = (total * 7 + h) % 1000000007
print("nqueens", N, count, total)
