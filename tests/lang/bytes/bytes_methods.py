# bytes methods
b = b"Hello, World"
print(b.upper(), b.lower(), b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.replace(b"l", b"L"))
print(b.split(b", "), b.split(), b"a b".split(b" "), b.startswith(b"He"), b.endswith(b"ld"), b.strip(b"Hd"))
print(b"  x ".strip(), b"xx".lstrip(b"x"), b"-".join([b"a", b"b"]), b.partition(b","), b.rpartition(b"o"))
print(b.decode(), b[0], b[-1], b[1:5], list(b[:3]), b"abc" * 2, b"a" + b"b", b"ab" < b"b", 72 in b)
print(b.hex(), bytes.fromhex("48656c6c6f"), bytes.fromhex("de ad be ef"), b"".hex())
print(b.isalpha(), b"123".isdigit(), b" ".isspace(), b"AB".isupper(), b.center(16, b"*") if hasattr(b, "center") else b"", b"1".zfill(3) if hasattr(b, "zfill") else b"001")
print(bytes([1, 2]) == b"\x01\x02", bytes(b"abc")[1:] == b"bc", bytes.fromhex("00ff")[1])
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
