# converting between bytes, ints and hex
b = bytes([0, 1, 127, 128, 255])
print(list(b), b.hex(), int.from_bytes(b, "big"), int.from_bytes(b, "little"))
print(bytes.fromhex(b.hex()) == b, (258).to_bytes(2, "big"), bytes((258).to_bytes(2, "little")))
print([hex(x) for x in b], "".join("%02x" % x for x in b), bytes(reversed(b)))
print(sum(b) & 0xFF, bytes(x ^ 0xFF for x in b))
