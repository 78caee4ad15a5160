# for-loops over str (ASCII characters take a fast path in FOR_ITER), mixed with non-ASCII text, bytes,
# bytearray, str subclasses, and iterators advanced by hand in between.
out = []
for ch in "abc-XYZ 09":
    out.append(ch)
print(out)
print([c for c in "héllo wörld €!"], len([c for c in "日本語abc"]))
print([b for b in b"AZ\x00\xff"], [b for b in bytearray(b"xy")])


class S(str):
    pass


print([c for c in S("sub")], "".join(c.upper() for c in "mixed ü case"))
it = iter("abcdef")
print(next(it), [c for c in it], list(it))
it = iter("aé€b")
for c in it:
    print(c, next(it, None))
total = 0
for ch in "The quick brown fox" * 3:
    o = ord(ch)
    if 97 <= o <= 122:
        total += o
print(total, [c for c in ""], list(iter("x")))
# chr/ord fast paths for ASCII, and everything around them
print([ord(chr(i)) for i in (0, 65, 127, 128, 255, 0x20AC, 0x10FFFF)], chr(True), ord("\x7f"), ord("é"))
print(ord(b"a"), ord(bytearray(b"\xff")), ord(S("q")), repr(chr(0)), chr(127) == "\x7f")
for bad in (-1, 0x110000, "a", 1.5):
    try:
        chr(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
for bad in ("", "ab", 5):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__)
