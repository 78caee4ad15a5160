# bytearray mutation
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba += b"!"
print(ba, len(ba), ba[0], ba[-1])
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
del ba[0:2]
print(ba, ba.find(b"o"), ba.decode(), bytes(ba))
ba.reverse() if hasattr(ba, "reverse") else None
print(ba)
ba2 = bytearray(3)
ba2[1:2] = b"xyz"
print(ba2, ba2 == bytearray(b"\x00xyz\x00"), ba2.copy() if hasattr(ba2, "copy") else ba2)
ba2.clear() if hasattr(ba2, "clear") else None
print(ba2)
try:
    bytearray(1)[0] = 256
except ValueError:
    print("ValueError byte range")
print(bytearray(b"abc").hex(), bytearray.fromhex("4142"), bytearray(b"ab") + bytearray(b"c"), bytearray(b"x") * 3)
