# hand-written sorting algorithms agree with sorted()
def bubble(a):
    a = a[:]
    swaps = 0
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
    return a, swaps
def merge_sort(a):
    if len(a) <= 1:
        return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) < 2:
        return a
    p = a[0]
    return quick([x for x in a[1:] if x < p]) + [p] + quick([x for x in a[1:] if x >= p])
data = [(i * 37 + 11) % 53 for i in range(40)]
b, swaps = bubble(data)
print(b)
print("swaps", swaps, b == sorted(data), merge_sort(data) == sorted(data), quick(data) == sorted(data))
print(merge_sort(["pear", "apple", "fig"]), quick([3.5, -1, 2]))
