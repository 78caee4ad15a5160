# __init__ chains, defaults and missing super().__init__
class Base:
    def __init__(self, a=1):
        self.a = a
        self.base_ran = True
class NoSuper(Base):
    def __init__(self):
        self.b = 2
class WithSuper(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class NoInit(Base):
    pass
n = NoSuper()
print(n.b, hasattr(n, "a"), hasattr(n, "base_ran"))
w = WithSuper(5, 6)
print(w.a, w.b, w.base_ran)
i = NoInit(9)
print(i.a, NoInit().a)
