# all() and any() with short-circuiting
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), any(""), all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
seen = []
def chk(x):
    seen.append(x)
    return x
print(any(chk(x) for x in [0, 1, 2, 3]), seen)
seen.clear()
print(all(chk(x) for x in [1, 0, 2]), seen)
print(all([[], 1]), any([[], {}, (), 0.0, ""]), any([None, [0]]))
