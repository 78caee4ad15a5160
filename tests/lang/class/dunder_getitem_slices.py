# __getitem__ receiving slice objects
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __repr__(self):
        return "Seq(%r)" % self.data
s = Seq("abcdefg")
print(s[1], s[-1], s[1:4], s[::2], s[::-1], s[slice(2, None)], len(s[2:]))
k = slice(1, 5, 2)
print(k.start, k.stop, k.step, s[k])
