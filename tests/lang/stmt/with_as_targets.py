# with ... as with tuple and attribute targets
class CM:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with CM() as (a, b):
    print(a, b)
class Holder:
    pass
h = Holder()
with CM() as h.pair:
    pass
print(h.pair)
d = {}
with CM() as d["k"]:
    pass
print(d)
with CM():
    print("no target")
