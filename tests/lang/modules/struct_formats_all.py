# every struct format code round-trips
import struct
cases = [("b", -128), ("B", 255), ("h", -32768), ("H", 65535), ("i", -2 ** 31), ("I", 2 ** 32 - 1),
         ("l", -2 ** 31), ("L", 2 ** 32 - 1), ("q", -2 ** 63), ("Q", 2 ** 64 - 1), ("f", 0.5), ("d", 0.5), ("?", False)]
for code, v in cases:
    for order in "<>!":
        p = struct.pack(order + code, v)
        print(order + code, p, struct.unpack(order + code, p)[0] == v, struct.calcsize(order + code))
print(struct.pack("<4sHB", b"abc", 1, 2), struct.unpack("<4sHB", b"abc\x00\x01\x00\x02"))
