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
