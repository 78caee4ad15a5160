# Hexiom-style solver: place numbered tiles on a hexagonal board so every tile's number equals its
# count of occupied neighbours; backtracking with bound checks, counting solutions and nodes.
# quick-size: 0
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4  # boards; 0 solves one small board (quick check)
# 19 cells: hard enough to need pruning, small enough to solve many boards; 7 cells for the quick check
RADIUS = 2 if N > 0 else 1
DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


class Board:
    def __init__(self, radius):
        self.cells = []
        for q in range(-radius, radius + 1):
            for r in range(-radius, radius + 1):
                if abs(q + r) <= radius:
                    self.cells.append((q, r))
        index = {}
        for i, c in enumerate(self.cells):
            index[c] = i
        self.neigh = []
        for q, r in self.cells:
            lst = []
            for dq, dr in DIRS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    lst.append(j)
            self.neigh.append(lst)


class Solver:
    def __init__(self, board, tiles):
        self.board = board
        self.n = len(board.cells)
        self.remaining = [0] * 7
        for t in tiles:
            self.remaining[t] += 1
        self.empties = self.n - len(tiles)
        self.value = [-2] * self.n  # -2 unassigned, -1 empty, 0..6 tile
        self.nodes = 0
        self.solutions = 0

    def consistent(self, i):
        # Check the cell and its neighbours: occupied-so-far <= number <= occupied + unknown.
        value = self.value
        neigh = self.board.neigh
        for c in [i] + neigh[i]:
            v = value[c]
            if v < 0:
                continue
            occ = 0
            unk = 0
            for j in neigh[c]:
                w = value[j]
                if w >= 0:
                    occ += 1
                elif w == -2:
                    unk += 1
            if occ > v or occ + unk < v:
                return False
        return True

    def search(self, i):
        self.nodes += 1
        if i == self.n:
            self.solutions += 1
            return
        if self.empties > 0:
            self.empties -= 1
            self.value[i] = -1
            if self.consistent(i):
                self.search(i + 1)
            self.empties += 1
        for t in range(7):
            if self.remaining[t]:
                self.remaining[t] -= 1
                self.value[i] = t
                if self.consistent(i):
                    self.search(i + 1)
                self.remaining[t] += 1
        self.value[i] = -2


def make_puzzle(board, seed):
    occupied = []
    for _ in board.cells:
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        occupied.append((seed >> 16) % 3 != 0)
    tiles = []
    for i, occ in enumerate(occupied):
        if occ:
            tiles.append(sum(1 for j in board.neigh[i] if occupied[j]))
    return tiles, seed


board = Board(RADIUS)
seed = 42
total_nodes = 0
total_solutions = 0
for p in range(max(N, 1)):
    tiles, seed = make_puzzle(board, seed)
    s = Solver(board, tiles)
    s.search(0)
    total_nodes += s.nodes
    total_solutions += s.solutions
print("hexiom", N, total_solutions, total_nodes)
