# len() of every sized builtin
print(len(""), len("abc"), len("\u20ac\xe9"), len(b"ab"), len(bytearray(3)), len([1]), len((1, 2)))
print(len({1: 2}), len({1, 2, 2}), len(frozenset()), len(range(10)), len(range(0, 100, 7)), len(range(5, 0)))
print(len(range(-10, 10, 3)), len(memoryview(b"abcd")), len(dict(a=1).keys()))
try:
    len(5)
except TypeError:
    print("TypeError")
try:
    len(iter([]))
except TypeError:
    print("TypeError iterator")
