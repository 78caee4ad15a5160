# isinstance against every builtin type
vals = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), slice(1), len]
types = [int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, bool, range, slice, object]
for v in vals:
    print(type(v).__name__, [t.__name__ for t in types if isinstance(v, t)])
