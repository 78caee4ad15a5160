# Padding and alignment shared by format() specs and %: C-style precision on integers (zeros in front,
# after the sign and the '#' prefix), widths counted in code points, str/bytes/bytearray reprs.
for f in ("%.4d", "%+.3d", "%-7.3d|", "%07.3d", "%#.4x", "%#8.3o", "%-#8.3X|", "% .2i", "%.0d"):
    print(f, [f % v for v in (0, 7, -7, 300)])
print("%5c|%-5c|%5s|%-4r|%.2s|" % ("\xe9", 233, "h\xe9", "\xe9", "\xe9t\xe9"))
print(format(233, "5c") + "|", format(0x20AC, "^5c") + "|", format("\xe9", "*>4"), format("ab", "0<5"))
print(repr(b"a\\b'\"\x00\x7f\xff\n"), repr(bytearray(b"a'b\"")), repr(bytearray(b"x'y")), repr(b"q'"))
print(repr("q'\\\x01\xe9\u2028"), repr("it's"), repr('say "hi"'))
print(chr(0x7FF), chr(0x800), chr(0xFFFF) == "\uffff", len(chr(0x10000)), "%c" % 0x10348 == "\U00010348")
