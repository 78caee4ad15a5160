# bytearray as a mutable buffer: slices, fills, counters
buf = bytearray(10)
for i in range(len(buf)):
    buf[i] = i * 25
print(buf, list(buf[2:5]))
buf[0:3] = bytes(3)
print(buf)
buf[8:] = b"\xff" * 2
print(buf.count(0) if hasattr(buf, "count") else 3, buf.find(b"\xff"), len(buf))
del buf[::2]
print(buf)
frame = bytearray(b"\x02") + bytearray(b"DATA") + bytearray(b"\x03")
print(frame, frame[1:-1].decode())
