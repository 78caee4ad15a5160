# str.join and split: build CSV-like rows with join, split them back, rejoin with other separators.
# quick-size: 20
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 60000


total = 0
last = ""
for i in range(N):
    fields = [str(i * k % 1000) for k in range(1, 17)]
    row = ",".join(fields)
    back = row.split(",")
    if back != fields:
        raise SystemExit("split mismatch")
    words = ["w" + f for f in back]
    line = " ".join(words)
    total += len(line) + len("".join(back)) + len("\n".join(words[::2]))
    parts = line.split(" ", 4)
    total += len(parts[-1])
    last = "/".join(reversed(parts[:4]))
    lines = "\n".join([row] * 4).splitlines()
    total += len(lines) + len(":".join(lines[1:3]))
print("strjoin", N, total, last)
