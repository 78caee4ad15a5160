# insert at boundaries, extend with iterables and itself
l = []
l.insert(0, "a"); l.insert(5, "z"); l.insert(-1, "m"); l.insert(-10, "first")
print(l)
l.extend(l)
print(l)
l.extend(x for x in "xy")
l.extend({"k": 1})
l.extend(())
print(l, len(l))
n = [1, 2]
n[len(n):] = [3]
n += n
print(n)
