# bytes(), bytearray() and memoryview() construction forms
print(bytes(), bytes(0), bytes(2), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"copy"))
print(bytearray(), bytearray([0, 255]), bytearray("abc", "ascii"), bytearray(b"x") + b"y")
mv = memoryview(b"hello")
print(mv[0], bytes(mv[1:3]), len(mv), bytes(mv))
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    bytes("abc")
except TypeError:
    print("TypeError no encoding")
