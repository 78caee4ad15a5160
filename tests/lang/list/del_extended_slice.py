# del with extended slices (positive and negative steps) and slice reads, against CPython.
for n in [0, 1, 5, 20]:
    for sl in [slice(None, None, 7), slice(None, None, -3), slice(2, None, 2), slice(-1, 0, -4), slice(1, 3), slice(5, 1), slice(None, None, -1), slice(3, None, -2)]:
        x = list(range(n)); del x[sl]; y = list(range(n)); print(n, sl, x, y[sl])
