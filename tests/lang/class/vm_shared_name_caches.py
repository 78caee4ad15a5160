# One cache entry per name of a code object serves both global lookups and attribute sites: names used
# both ways in one function or module, rebound globals, shadowed builtins and changing classes.


class Acc:
    def __init__(self):
        self.add = 0
        self.len = 1

    def bump(self, x):
        self.add += x
        return self


acc = Acc()
bump = acc.bump
add = 5
total = 0
for i in range(30):
    total += add + acc.add + bump(i).add
    acc.bump(1)
    if i == 10:
        add = 7
print(total, acc.add)


def mixed(objs):
    out = []
    for o in objs:
        out.append(len(o.len * "ab") + len([o]) + o.len)
    return out


class P:
    len = 3


print(mixed([acc, P(), acc, P()]))
len = lambda s: 100  # shadows the builtin for the module
print(mixed([acc, P()]))
del len
print(mixed([P()]))


def uses_global_then_attr(n):
    r = []
    for i in range(n):
        r.append(bump(1).add)
        r.append(Acc().add)
    return r


print(uses_global_then_attr(4))
Acc.add = 42
del acc.__dict__["add"]
print(acc.add, uses_global_then_attr(2))
