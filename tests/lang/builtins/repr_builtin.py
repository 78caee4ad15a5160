# repr() of builtin values
vals = [1, -1, 1.5, "s", "it's", 'say "hi"', "both ' and \"", "\n\t\\", b"\x00a'",
        [1, "a"], (1,), (), {"k": [1]}, None, True, set(), frozenset(), bytearray(b"x"),
        range(3), "\xe9\u20ac", "\x7f\x1b", 10**25, -0.0]
for v in vals:
    print(repr(v))
l = [1]
l.append(l)
print(repr(l))
d = {}
d["self"] = d
print(d)
