# repr of bytes with quotes and escapes
for v in [b"", b"abc", b"\x00\x7f\x80\xff", b"it's", b'"q"', b"both'\"", b"\\", b"\r\n\t", bytes(range(30, 40))]:
    print(repr(v), len(v))
print(bytearray(b"x'y"), bytearray())
