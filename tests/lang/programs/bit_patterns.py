# LED patterns from bit manipulation
def row_bits(v):
    return "".join("#" if v >> (4 - i) & 1 else "." for i in range(5))
for v in (0b10101, 0b11111, 0b00100, 0b10001):
    print(row_bits(v))
pattern = 1
for step in range(8):
    print(row_bits(pattern))
    pattern = ((pattern << 1) | (pattern >> 4)) & 0b11111
gray = [i ^ (i >> 1) for i in range(8)]
print([bin(g) for g in gray], [bin(i).count("1") for i in range(16)])
