# images as strings "09090:..." like microbit.Image, with transforms
HEART = "09090:99999:99999:09990:00900"
def parse(s):
    return [[int(c) for c in row] for row in s.split(":")]
def fmt(img):
    return ":".join("".join(str(v) for v in row) for row in img)
def flip_h(img):
    return [row[::-1] for row in img]
def rotate(img):
    return [list(r) for r in zip(*img[::-1])]
def dim(img, f):
    return [[v * f // 9 for v in row] for row in img]
def shift(img, dx):
    w = len(img[0])
    return [[row[x - dx] if 0 <= x - dx < w else 0 for x in range(w)] for row in img]
img = parse(HEART)
print(fmt(img))
print(fmt(flip_h(img)) == fmt(img), fmt(rotate(img)))
print(fmt(dim(img, 4)))
for dx in (-2, -1, 1, 2):
    print(dx, fmt(shift(img, dx)))
print(sum(map(sum, img)), max(max(r) for r in img))
