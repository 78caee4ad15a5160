# strip/lstrip/rstrip and split() on ASCII text (the byte-set fast paths) and their non-ASCII fall-backs, against CPython.
for text in ["  a b \t", "", "xxhixx", "\x1c a \x1f", ",.word!?", "\u00e9t\u00e9\u00e9", "abc", "\t\n\v\f\r"]:
    print(repr(text.strip()), repr(text.lstrip()), repr(text.rstrip()), repr(text.strip("x")), repr(text.strip(",.!?")),
          repr(text.strip("\u00e9")), repr(text.rstrip("c\u00e9")), repr(text.strip("")))
    b = text.encode()
    print(b.strip(), b.lstrip(b"x "), b.rstrip(b"\xa9"), bytearray(b).strip())
    print(text.split(), b.split(), text.split(None, 0))
