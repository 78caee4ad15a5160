# class vs instance attributes, __dict__, __class__
class K:
    shared = []
    n = 0
    def __init__(self):
        self.own = []
        K.n += 1
a, b = K(), K()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, K.n)
a.n = 100
print(a.n, b.n, K.n)
print(sorted(a.__dict__.keys()))
print(a.__class__ is K, a.__class__.__name__)
print(getattr(K, "n"), hasattr(K, "own"))
setattr(K, "added", "yes")
print(b.added)
delattr(K, "added")
print(hasattr(b, "added"))
class Const:
    A, B, C = range(3)
print(Const.A, Const.C)
