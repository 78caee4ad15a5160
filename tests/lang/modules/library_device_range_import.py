# The device's range and import without CPython's additions (MBPY_RANGE_EXTRA and MBPY_IMPORT_PACKAGES
# off, as on the original firmware): what the original has works, what it lacks fails as it does there;
# the output is the original v1.0.1's in QEMU.
r = range(1, 9, 2)
print(r[1:3], 3 in r, 4 in r, len(r), list(reversed(r)), r.start, r.stop, r.step, r[-1])
print(hasattr(r, "count"), hasattr(r, "index"), r == range(1, 9, 2), r == r)
for n in (2**70, -(2**70)):
    try:
        range(n)
    except OverflowError:
        print("OverflowError")

for name in ("os.path", "a.b"):
    try:
        __import__(name)
    except ImportError as e:
        print("ImportError", e)
try:
    __import__("x", globals(), None, ("y",), 1)  # from . import y
except (ImportError, ValueError):  # the original: ValueError
    print("relative import refused")
