# A subclass of a builtin container that defines __iter__ is iterated through it everywhere.
class T(tuple):
    def __iter__(self):
        return iter([9, 8])


print(list(T((1, 2))), tuple(T((1,))), [x for x in T((1,))], sorted(T((5,))))
for x in T((1,)):
    print(x)


class L(list):
    pass


print(list(L([1, 2])), tuple(L([3])), sorted(L([2, 1])))


class L2(list):
    def __iter__(self):
        return iter([7])


print(list(L2([1, 2])), [x for x in L2([1])], sorted(L2([3])), tuple(L2([1])))
l = [0]
l.extend(L2([1, 2]))
print(l, sum(L2([1, 2])), max(L2([1, 2])), len(L2([1, 2])))


class S(str):
    def __iter__(self):
        yield "z"


print(list(S("ab")), "".join(S("ab")))


class Dd(dict):
    def __iter__(self):
        return iter(["k"])


print(list(Dd(a=1)))


class MyIt:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


class Sub(MyIt):
    pass


print(list(Sub()), tuple(MyIt()))
