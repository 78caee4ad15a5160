# bin(), hex(), oct() including negatives and big numbers
for v in (0, 1, 5, 255, -1, -255, 2**40, -(2**70) + 3):
    print(v, bin(v), hex(v), oct(v))
print(bin(True), hex(False))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
