# binary clock display for a time of day on a 5-column grid
def bcd_columns(h, m, s):
    digits = [h // 10, h % 10, m // 10, m % 10, s // 10]
    return ["{:04b}".format(d) for d in digits]
for h, m, s in [(0, 0, 0), (12, 34, 56), (23, 59, 59), (9, 5, 1)]:
    cols = bcd_columns(h, m, s)
    print("%02d:%02d:%02d" % (h, m, s), cols)
    for row in range(4):
        print("".join("9" if c[row] == "1" else "0" for c in cols))
secs = 0
for _ in range(3725):
    secs += 1
print("%d:%02d:%02d" % (secs // 3600, secs // 60 % 60, secs % 60))
