# int.to_bytes and int.from_bytes with byte orders and signed
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(1, "big"))
print((255).to_bytes(1, "big"), (-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 70).to_bytes(10, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"\x80" + b"\x00" * 9, "big", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes(bytes(range(1, 17)), "little"))
for v in (0, 1, 127, 128, -128, -129, 32767, -32768, 10 ** 12):
    b = v.to_bytes(8, "big", signed=True)
    print(v, b, int.from_bytes(b, "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError")
try:
    (-1).to_bytes(1, "big")
except OverflowError:
    print("OverflowError unsigned negative")
