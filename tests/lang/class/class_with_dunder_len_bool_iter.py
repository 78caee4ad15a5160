# a container class used with builtins
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
b = Bag(3, 1, 2)
print(len(b), bool(b), bool(Bag()), sorted(b), sum(b), list(reversed(b)), max(b), 2 in b, list(enumerate(b)))
print(list(zip(b, "abc")), list(map(str, b)), any(b), all(Bag(0)), min(b), tuple(b))
