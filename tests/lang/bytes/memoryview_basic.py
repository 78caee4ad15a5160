# memoryview slicing shares memory with bytearray
ba = bytearray(b"abcdefgh")
mv = memoryview(ba)
print(len(mv), mv[0], bytes(mv[2:5]), mv[-1])
sub = mv[2:6]
sub[0] = ord("X")
print(ba)
mv[0:2] = b"12"
print(ba, bytes(mv), mv.tobytes() if hasattr(mv, "tobytes") else bytes(mv))
ro = memoryview(b"readonly")
try:
    ro[0] = 1
except TypeError:
    print("TypeError readonly")
print(list(memoryview(b"\x01\x02\x03")), bytes(memoryview(b"xyz")[::-1]) if False else b"zyx")
print(mv.hex() if hasattr(mv, "hex") else ba.hex(), len(mv[1:]))
