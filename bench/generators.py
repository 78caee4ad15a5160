# Generators: pipelines of generator functions and expressions, yield from over a recursive tree.
# quick-size: 200
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000


def naturals(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


TREE = 2000  # nodes: the tree stays small enough for a 2 MB heap; N sets how often it is walked
total = 0
for c in chunks(scaled(evens(naturals(N)), 3), 7):
    total += sum(c) + len(c)
total += sum(x * x for x in range(N // 2) if x & 1)
tree = build(0, TREE)
nested = [[i, [i + 1, [i + 2, [i + 3]]]] for i in range(TREE // 4)]
for walk in range(N // 10000 + 1):
    prev = -1
    for v in inorder(tree):
        if v <= prev:
            raise SystemExit("tree order")
        prev = v
        total += v
    total += sum(flatten(nested))
gen = (i * 3 for i in range(N // 4))
total += max(gen) + sum(1 for _ in zip(naturals(N // 4), naturals(N // 8)))
print("generators", N, total)
