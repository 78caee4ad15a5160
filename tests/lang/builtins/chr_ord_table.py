# an ASCII table built with chr and ord
for base in range(32, 128, 16):
    print("%3d " % base + "".join(chr(c) if 32 < c < 127 else "." for c in range(base, base + 16)))
print(sum(ord(c) for c in "micro:bit"), "".join(chr(ord(c) ^ 32) for c in "Hello"))
