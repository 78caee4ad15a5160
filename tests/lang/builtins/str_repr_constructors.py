# str(), bytes(), list(), tuple(), dict(), set() constructors
print(str(), str(5), str(1.5), str([1]), str(None), str(b"x"), str(b"abc", "utf-8"))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)))
print(tuple(), tuple([1, 2]), tuple("xy"))
print(dict(), dict(a=1), dict([("x", 1)]), dict({"k": 2}, z=3), dict(zip("ab", [1, 2])))
print(sorted(set("hello")), set(), frozenset([1, 1]) == frozenset({1}))
print(bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytearray(b"ab"), bytearray(2))
print(bool(), bool(0), bool("x"), type(bool(1)).__name__)
