# identity and membership
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, type(1) is int)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "abc", "z" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"})
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1 in {1, 2}, (1, 2) in [(1, 2)], [1] in [[1]])
print(b"b" in b"abc", 98 in b"abc")
class Box:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
print(3 in Box([1, 2, 3]), 4 in Box([1, 2, 3]))
print(1.0 in [1], True in [1], 0 in [False])
