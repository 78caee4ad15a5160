# bytes text-like methods
line = b"  GET /index.html HTTP/1.0\r\n"
parts = line.strip().split()
print(parts, parts[1].decode(), b" ".join(parts), line.rstrip(b"\r\n"))
print(b"a,b,,c".split(b","), b"k=v".partition(b"="), b"x".join([b"1", b"2", b"3"]))
print(b"Hello".upper(), b"Hello".lower(), b"hello".replace(b"l", b"L", 1), b"abc".startswith(b"ab"))
print(b"".join([]), b"abc".find(b"c"), b"abc".find(b"z"), b"aaa".count(b"a"))
