# __index__ used for indexing, slicing, bin/hex and range
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(10))
print(l[I(3)], l[I(2):I(5)], "abcdef"[I(1)])
print(bin(I(5)), hex(I(255)), oct(I(8)))
print(list(range(I(3))))
print([0] * I(2))
try:
    l[1.5]
except TypeError:
    print("TypeError float index")
