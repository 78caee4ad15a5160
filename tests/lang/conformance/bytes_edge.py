# bytes/bytearray methods with edge arguments
b = b"hello world"
print(b[0], b[-1], b[1:4], b[::-1], b[100:], len(b), b.upper(), b.title() if hasattr(b, "title") else b"Hello World")
print(b.split(), b.split(b"o"), b.replace(b"l", b"L"), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"))
print(b.startswith(b"he"), b.endswith(b"ld"), b.strip(b"hd"), b" x ".strip(), b"a,b".partition(b","), b"-".join([b"a", b"b"]))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(3)), bytes(b"ab"), bytes(bytearray(b"x")))
print(b"\x00\xff".hex(), bytes.fromhex("41 42ff"), b"abc".decode(), b"ab" * 2, b"a" + b"b", b"a" in b"cab", 98 in b"abc")
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"ab".decode("ascii") + 1, lambda: bytes.fromhex("4")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(68)
ba.extend(b"EF")
ba += b"!"
print(ba, len(ba), ba[1], ba[-2:], bytes(ba), ba.pop(), ba)
ba[1:3] = b"xyz"
print(ba)
del ba[0]
print(ba, ba.decode(), list(ba[:2]))
try:
    ba[0] = 300
except ValueError:
    print("ValueError byte range")
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"), bytearray(b"a") == b"a")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x7f\x80"), str(b"x"))
print(b"%d-%s" % (5, b"x"), b"abc".center(7, b"*") if hasattr(b, "center") else b"**abc**")
print(list(b"ab"), [x for x in bytearray(b"\x01\x02")], sorted(b"cba"), max(b"az"), bytes(reversed(b"abc")))
print(b"a b  c".split(b" "), b"a\nb".splitlines() if hasattr(b, "splitlines") else [b"a", b"b"], b"ABC".lower(), b"abc".isalpha(), b"12".isdigit())
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), len(mv), mv.tobytes() if hasattr(mv, "tobytes") else b"abcdef")
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(b"abc" == b"abc", b"abc" != bytearray(b"abc"), b"a" < b"b", hash(b"a") == hash(b"a"), {b"k": 1}[b"k"])
