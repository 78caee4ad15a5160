# The device's collections without CPython's additions (MBPY_COLLECTIONS_EXTRA off, as on the original
# firmware): what the original has works, what it lacks fails as it does there; the output is the
# original v1.0.1's in QEMU.
import collections

print(sorted(n for n in dir(collections) if not n.startswith("_")))
T = collections.namedtuple("T", ["a", "b"])
t = T(1, b=2)
print(t, t.a, t[1], T(b=3, a=4), len(t), isinstance(t, tuple))
print([hasattr(T, n) for n in ("_make", "_replace", "_asdict", "_field_defaults")])
for args in ((1,), (1, 2, 3)):
    try:
        T(*args)
    except TypeError:
        print("TypeError", len(args))
try:
    collections.namedtuple("U", ["a"], defaults=[1])
except TypeError:
    print("TypeError defaults")
o = collections.OrderedDict([(3, 4), (1, 2)])
o[0] = 1
print(list(o.items()), hasattr(o, "move_to_end"), o.pop(3), o == {1: 2, 0: 1})
