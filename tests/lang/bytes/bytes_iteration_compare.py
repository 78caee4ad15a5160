# iterating bytes yields ints; comparisons; bytes vs str
b = b"AZaz09"
print([x for x in b], sum(b), max(b), min(b), sorted(b), b[2:3] == b"a", b[2] == 97)
print(b"abc" == "abc", b"abc" == b"abc", b"abc" != bytearray(b"abc"), bytes(bytearray(b"q")))
print(b"a" in b"cat", b"at" in b"cat", 99 in b"cat")
try:
    b"a" + "b"
except TypeError:
    print("TypeError bytes + str")
print(b"%d-%s" % (5, b"x"), repr(b"'"), repr(b'"'), repr(b"\t\n\x80"))
