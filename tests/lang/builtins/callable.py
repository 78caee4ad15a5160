# callable()
class C:
    def m(self): pass
class K:
    def __call__(self): pass
print(callable(len), callable(lambda: 0), callable(C), callable(C()), callable(K()))
print(callable(C().m), callable(1), callable("s"), callable(None), callable(print), callable(int))
