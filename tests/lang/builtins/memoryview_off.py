# Without MBPY_MEMORYVIEW (the device, as the original firmware): there is no memoryview builtin, and the
# buffers it would view still work as buffers.
import builtins
import struct

print(hasattr(builtins, "memoryview"))
try:
    memoryview(b"ab")
except NameError:
    print("NameError")
b = bytearray(4)
struct.pack_into("<H", b, 1, 0x1234)
print(b, int(bytearray(b"12")), float(bytearray(b"1.5")), bytes(bytearray(b"xy")))
