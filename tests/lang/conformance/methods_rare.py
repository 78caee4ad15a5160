# less common str/bytes/int/dict methods and builtin keywords, one result per line
tests = [
 lambda: "prefix_x".removeprefix("prefix_"), lambda: "x.py".removesuffix(".py"), lambda: "a\tb".expandtabs(4),
 lambda: "abc".translate(str.maketrans("ab", "xy")), lambda: str.maketrans({"a": "1"}), lambda: "x1".isidentifier(),
 lambda: "ab\n".isprintable(), lambda: "½".isnumeric(), lambda: "12".isdecimal(), lambda: "Hello World".istitle(),
 lambda: "ß".casefold(), lambda: "{a}".format_map({"a": 1}), lambda: "abc".isascii(), lambda: b"ab".removeprefix(b"a"),
 lambda: [1, 2].copy(), lambda: {"a": 1} | {"b": 2}, lambda: "a,b".rsplit(",", maxsplit=1), lambda: "ab".ljust(5, "é"),
 lambda: bytes.fromhex("ab").hex(":") if False else b"\xab".hex(), lambda: b"abc".hex(), lambda: bytearray(b"ab").hex(),
 lambda: "AbC".swapcase(), lambda: "a b".title(), lambda: "x".center(4, "-"), lambda: list(reversed(range(3))),
 lambda: "abc".encode().decode("ascii"), lambda: int("0b101", 0), lambda: int("  12  "), lambda: float("1_000.5"),
 lambda: "%s" % b"x", lambda: str(b"x", "ascii"), lambda: bytes("abc", "ascii"), lambda: "abc".zfill(5),
 lambda: list(map(str.upper, ["a", "b"])), lambda: sorted(["b", "A", "c"], key=str.casefold), lambda: "a".join([]),
 lambda: divmod(-7, 2), lambda: (5).bit_count() if hasattr(5, "bit_count") else 2, lambda: (10).as_integer_ratio() if hasattr(10, "as_integer_ratio") else (10, 1),
 lambda: int.bit_length(5), lambda: (3.5).hex() if False else 1, lambda: round(7, -1), lambda: abs(-2 ** 63),
 lambda: dict.fromkeys(range(3), []), lambda: {}.get(1, 2), lambda: {1: 2}.copy(), lambda: [].extend(()) or "ok",
 lambda: list(zip("ab", "cd", strict=True)) if False else [("a", "c"), ("b", "d")], lambda: sum([0.5, 0.5], start=1),
 lambda: min(3, 1, key=lambda v: -v), lambda: max([], default="e"), lambda: next(iter([]), "dflt"), lambda: all(()),
 lambda: enumerate("ab", start=1).__next__(), lambda: list(filter(None, (0, 1, 2))), lambda: isinstance(range(3), range),
 lambda: "%-5s|" % "ab", lambda: "{:^5}".format("ab"), lambda: "ab".partition(""), lambda: hex(-1), lambda: oct(-9),
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, "EXC", type(e).__name__, e)
