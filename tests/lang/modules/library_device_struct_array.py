# The device's struct and array without CPython's additions (MBPY_STRUCT_EXTRA and MBPY_ARRAY_EXTRA
# off, as on the original firmware): what the original has works, what it lacks fails as it does there;
# the output is the original v1.0.1's in QEMU.
import array
import struct

print([n for n in dir(struct) if not n.startswith("_") and n != "error"])  # struct.error: ValueError
for fmt in ("x", "?", "e", "n", "c", "p"):
    try:
        struct.pack(fmt, 1)
    except ValueError:
        print(fmt, "ValueError")
print(struct.pack("<hI", 1, 2), struct.calcsize("@bI"), struct.unpack_from("<h", b"\x00\x05\x00", 1))
b = bytearray(4)
struct.pack_into("<H", b, 1, 0x1234)
print(b, struct.unpack(">bH", b"\x01\x02\x03"), struct.pack("<2sh", b"ab", 1), struct.unpack("3s", b"xyz"))

a = array.array("b", [1, 2])
a += array.array("b", [3])
a[0] = 5
print(a, a[1:], len(a), list(a), a + array.array("b", [4]), a == array.array("b", [5, 2, 3]))
print([hasattr(a, m) for m in ("tobytes", "frombytes", "tolist", "pop", "typecode", "itemsize")])
try:
    a[0:1] = array.array("b", [7])
except TypeError:
    print("TypeError")
