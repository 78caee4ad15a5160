# building strings with join, format and concatenation in loops
parts = []
for i in range(5):
    parts.append("%d^2=%d" % (i, i * i))
print(", ".join(parts))
s = ""
for c in "hello":
    s = c + s
print(s)
row = ""
for v in [0, 5, 9, 5, 0]:
    row += str(v)
print(row, row.count("5"), row.replace("0", "."))
print("\n".join("*" * i for i in range(1, 5)))
print("".join(["%02x" % b for b in b"\x01\xab"]))
