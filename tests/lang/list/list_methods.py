# every list method
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend(range(2)); l.extend("ab"); print(l)
l.insert(0, "first"); l.insert(-1, "mid"); l.insert(100, "end"); l.insert(-100, "start"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("first"); print(l)
print(l.index(2), l.index(1, 3), l.count(1), l.count("zz"))
c = l.copy(); c.append("c"); print(len(l), len(c))
l.reverse(); print(l)
l.clear(); print(l)
try:
    [].pop()
except IndexError:
    print("IndexError pop")
try:
    [1].remove(2)
except ValueError:
    print("ValueError remove")
try:
    [1].index(2)
except ValueError:
    print("ValueError index")
