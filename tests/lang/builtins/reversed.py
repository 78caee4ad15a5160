# reversed() on sequences and custom __reversed__
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
print("".join(reversed("stressed")), list(reversed([])))
class R:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(R())))
class S:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(S())))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError")
