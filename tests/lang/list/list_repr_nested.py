# repr of nested and recursive lists
print([1, [2, [3, [4, []]]]], [[]], [()], [{}], [set()] if False else ["set()"], [""], ["'"], ['"'])
a = [1]
a.append(a)
print(a, len(a))
b = [a, a]
print(b)
print(str([1.0, -0.0, 1e20, None, True]))
