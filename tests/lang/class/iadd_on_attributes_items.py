# augmented assignment goes through __getitem__/__setitem__ and attributes once each
class Tracker:
    def __init__(self):
        self.log = []
        self.d = {"k": 1}
    def __getitem__(self, k):
        self.log.append("get " + k)
        return self.d[k]
    def __setitem__(self, k, v):
        self.log.append("set %s %r" % (k, v))
        self.d[k] = v
t = Tracker()
t["k"] += 5
t["k"] *= 2
print(t.d, t.log)
class Obj:
    pass
o = Obj()
o.items = [1]
o.items += [2]
o.count = 0
for _ in range(3):
    o.count += 1
print(o.items, o.count)
