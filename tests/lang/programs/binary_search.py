# binary search and bisect-style insertion
def bsearch(a, x):
    lo, hi = 0, len(a)
    steps = 0
    while lo < hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo, steps
data = list(range(0, 1000, 7))
for x in (0, 7, 8, 500, 994, 995, -3):
    i, steps = bsearch(data, x)
    print(x, i, i < len(data) and data[i] == x, steps)
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    i, _ = bsearch(s, v)
    s.insert(i, v)
print(s)
def guess_number(secret, lo=1, hi=100):
    tries = []
    while True:
        g = (lo + hi) // 2
        tries.append(g)
        if g == secret:
            return tries
        if g < secret:
            lo = g + 1
        else:
            hi = g - 1
print(guess_number(73), guess_number(1), len(guess_number(100)))
