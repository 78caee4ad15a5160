# struct pack/unpack/calcsize with byte orders
import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<h", -2), struct.pack(">H", 65535))
print(struct.pack("<bBhHiIqQ", -1, 255, -300, 300, -70000, 70000, -2 ** 40, 2 ** 63))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.25), struct.pack("<?", True), struct.pack("3s", b"abcdef"))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">hH", b"\xff\xfe\x00\x10"), struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.calcsize("<I"), struct.calcsize("<bhiq"), struct.calcsize(">3sH"), struct.calcsize("<5B"))
print(struct.unpack("<2h", b"\x01\x00\x02\x00"), struct.pack("<2B", 1, 2), struct.unpack("<4s", b"abcd"))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0x1234, 0xABCD)
print(buf, struct.unpack_from("<H", buf, 4), struct.unpack_from(">I", buf, 2))
print(struct.pack("!i", 1), struct.unpack("!i", b"\x00\x00\x01\x00"))
try:
    struct.unpack("<I", b"ab")
except (ValueError, struct.error) as e:
    print("error short buffer")
