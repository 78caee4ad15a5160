# bitwise operators on negative and big ints
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 7, 2 ** 70, -(2 ** 70)]
for a in vals:
    for b in vals[:6]:
        print(a & b, a | b, a ^ b, end="; ")
    print()
for a in vals:
    print(~a, a >> 1, a >> 5, a << 3, a >> 100, a << 70)
try:
    1 << -1
except ValueError:
    print("ValueError negative shift")
