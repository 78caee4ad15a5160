# Sorting and searching: list.sort with keys, sorted on tuples and strings, reverse, min/max with
# key, bisection written in Python, and a merge sort.
# quick-size: 2
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 150  # rounds over 2000 records


def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left = merge_sort(a[:mid])
    right = merge_sort(a[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def bisect_left(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


seed = 1
total = 0
for rnd in range(N):
    records = []
    for i in range(2000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        records.append((seed % 1000, "n%d" % (seed % 97), i))
    by_key = sorted(records, key=lambda r: (r[1], -r[0]))
    nums = [r[0] for r in records]
    nums.sort(reverse=True)
    ms = merge_sort([r[2] * 7 % 2003 for r in records[:500]])
    names = sorted(set(r[1] for r in records))
    total += by_key[0][2] + by_key[-1][0] + nums[10] + ms[250] + len(names)
    total += bisect_left(ms, 1000) + min(records, key=lambda r: r[0] * 3 - r[2])[2]
    total += max(records)[2]
print("sorting", N, total)
