# __getitem__ __setitem__ __delitem__ __len__ __contains__ __iter__
class Store:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __len__(self):
        return len(self.d)
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
s = Store()
s["a"] = 1
s["b"] = 2
s["a"] += 10
print(s["a"], len(s), "a" in s, "z" in s, "z" not in s)
del s["b"]
print(list(s), bool(s))
try:
    s["missing"]
except KeyError:
    print("KeyError")
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError:
    print("ValueError negative len")
