# bytes, bytearray and memoryview
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], list(b[:3]), b"" == bytes(), bytes(3), bytes([65, 66]), bytes(b"x"), bytes(bytearray(b"y")))
print(bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(range(5)), bytes((1, 2)), bytes(memoryview(b"mv")))
print(b.upper(), b.title(), b.split(), b.split(b"o"), b.find(b"o"), b.find(111), b.count(b"l"), b.replace(b"l", b"L", 2), b.strip(b"hd"))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.index(b"w"), b.rfind(b"o"), b.center(15, b"*"), b.ljust(13, b"-"), b.zfill(13))
print(b.partition(b" "), b.rpartition(b"o"), b" a b ".split(), b"a\nb\r\nc".splitlines(), b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(b.isalpha(), b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle())
print(b.hex(), b"\x00\xff".hex(), b"\x01\x02\x03\x04".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03".hex(" ", -2), bytes.fromhex("00 ff 1a"), bytearray.fromhex("4142"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b + b"!", b * 2, 2 * b"ab", b"a" < b"b", b"a" == b"a", b"a" == "a", b"ab" in b"cabd", 98 in b"abc")
print(repr(b"\x00'\""), repr(b"it's"), repr(b'say "x"'), repr(b"\t\n\r\\\x7f\x80"), str(b"x"), repr(bytearray(b"a'b")), str(bytearray()))
print(b.translate(bytes.maketrans(b"lo", b"01")), b.translate(None, b"lo"), b.removeprefix(b"hello "), b.expandtabs())
print(b"%s %d %x %5.2f %c %c %r %a %%" % (b"bytes", 42, 255, 3.14159, 65, b"Z", b"r", "é"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.insert(0, 95)
ba.insert(-1, 46)
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.remove(ord("c"))
ba.reverse()
print(ba, ba.copy(), ba[0], ba[1:3], ba[::-1])
ba[0] = 120
ba[1:3] = b"YYY"
ba[-1:] = [49, 50]
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba += b"++"
ba *= 2
print(ba, ba == b"" , ba.upper(), type(ba.upper()).__name__, ba.hex())
ba.clear()
print(ba, len(ba), bytearray(3), bytearray("hé", "utf-8"), bytearray([1, 2]) + b"\x03")
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[1:4].tolist(), bytes(m[2:]), m.tobytes(), m.hex(), m.readonly, m == b"abcdef", list(m[:2]))
mb = bytearray(b"12345")
mv = memoryview(mb)
mv[0] = 65
mv[1:3] = b"BC"
sub = mv[3:]
sub[0] = 68
print(mb, mv.readonly, bytes(sub), sub.nbytes)
for bad in [lambda: b"a" + "b", lambda: bytes("x"), lambda: bytes([256]), lambda: bytes(-1), lambda: ba.pop(), lambda: bytearray(b"a").remove(98),
            lambda: b"abc"[5], lambda: bytearray(b"a")[3], lambda: bytes.fromhex("0g"), lambda: m.__setitem__(0, 1), lambda: hash(bytearray()),
            lambda: bytearray(b"ab").__setitem__(0, 300), lambda: b"a".join(["x"]), lambda: memoryview(5), lambda: b"%d" % b"x"]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
