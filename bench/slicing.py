# Slicing: list, str and bytes slices with steps, slice assignment and deletion, reversal.
# quick-size: 20
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100000

data = list(range(200))
text = "".join(chr(65 + i % 26) for i in range(200))
raw = bytes(range(200))
total = 0
for i in range(N):
    a = i % 50
    b = a + 100
    total += sum(data[a:b:3]) + len(text[a:b]) + raw[a:b][-1]
    total += data[::-1][a] + ord(text[b:a:-2][0]) + len(raw[::5])
    work = data[:]
    work[a:a + 10] = data[b:b + 5]
    del work[::7]
    work[-3:] = [i, i, i]
    total += work[a] + len(work) + work[-1]
    s = text[a:] + text[:a]
    total += s.index("Z") + len(s[1:-1:4])
    if i % 100 == 0:
        data = data[1:] + data[:1]
print("slicing", N, total)
