# struct error cases
import struct
for fmt, args in [("<B", (256,)), ("<b", (-129,)), ("<H", (-1,)), ("<I", ("x",))]:
    try:
        struct.pack(fmt, *args)
        print("packed?", fmt)
    except (struct.error, OverflowError, ValueError, TypeError) as e:
        print("error", fmt)
try:
    struct.unpack("<H", b"\x01\x02\x03")
except (struct.error, ValueError):
    print("error length")
