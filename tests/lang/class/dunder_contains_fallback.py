# 'in' falls back to __iter__ then __getitem__
class ViaIter:
    def __iter__(self):
        return iter([1, 2, 3])
class ViaGetitem:
    def __getitem__(self, i):
        if i < 5:
            return i * 2
        raise IndexError
class Neither:
    pass
print(2 in ViaIter(), 5 in ViaIter(), 8 in ViaGetitem(), 3 in ViaGetitem())
try:
    1 in Neither()
except TypeError:
    print("TypeError")
