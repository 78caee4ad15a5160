# default equality is identity; containers use == of elements
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a in [b], a in [a], [a] == [a], [a] == [b], {a: 1}.get(b), {a: 1}.get(a))
class AlwaysEq:
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
x = AlwaysEq()
print(x in [1, 2], [x] == [5], [1, 2].index(x) if False else "skip", x == None)
