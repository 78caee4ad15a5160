# micro:bit-shaped image work: 5x5 brightness grids as lists, shift/rotate/invert/blend, and text
# scrolled across the display from a small bitmap font, as the display module does.
# quick-size: 20
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000

# 5x5 glyphs as rows of 5 bits
FONT = {
    "M": (0b10001, 0b11011, 0b10101, 0b10001, 0b10001),
    "I": (0b01110, 0b00100, 0b00100, 0b00100, 0b01110),
    "C": (0b01110, 0b10000, 0b10000, 0b10000, 0b01110),
    "R": (0b11110, 0b10001, 0b11110, 0b10100, 0b10010),
    "O": (0b01110, 0b10001, 0b10001, 0b10001, 0b01110),
    "B": (0b11110, 0b10001, 0b11110, 0b10001, 0b11110),
    "T": (0b11111, 0b00100, 0b00100, 0b00100, 0b00100),
    " ": (0, 0, 0, 0, 0),
}
HEART = "09090:99999:99999:09990:00900"


class Image:
    def __init__(self, spec=None):
        if spec is None:
            self.px = [[0] * 5 for _ in range(5)]
        else:
            self.px = [[int(ch) for ch in row] for row in spec.split(":")]

    def get(self, x, y):
        return self.px[y][x]

    def set(self, x, y, v):
        self.px[y][x] = v

    def copy(self):
        img = Image()
        img.px = [row[:] for row in self.px]
        return img

    def shift_left(self, n):
        img = Image()
        for y in range(5):
            for x in range(5):
                sx = x + n
                img.px[y][x] = self.px[y][sx] if 0 <= sx < 5 else 0
        return img

    def rotate(self):
        img = Image()
        for y in range(5):
            for x in range(5):
                img.px[x][4 - y] = self.px[y][x]
        return img

    def invert(self):
        img = Image()
        img.px = [[9 - v for v in row] for row in self.px]
        return img

    def __add__(self, other):
        img = Image()
        img.px = [[min(9, a + b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.px, other.px)]
        return img

    def __mul__(self, k):
        img = Image()
        img.px = [[min(9, int(v * k)) for v in row] for row in self.px]
        return img

    def __repr__(self):
        return ":".join("".join(str(v) for v in row) for row in self.px)


def glyph(ch):
    rows = FONT[ch]
    img = Image()
    for y in range(5):
        for x in range(5):
            if rows[y] & (1 << (4 - x)):
                img.px[y][x] = 9
    return img


def scroll(text):
    # Frames of the text moving left one column at a time, with a gap column between glyphs.
    columns = []
    for ch in text:
        g = glyph(ch)
        for x in range(5):
            columns.append([g.px[y][x] for y in range(5)])
        columns.append([0] * 5)
    frames = []
    for start in range(len(columns) - 4):
        img = Image()
        for x in range(5):
            col = columns[start + x]
            for y in range(5):
                img.px[y][x] = col[y]
        frames.append(img)
    return frames


def brightness(img):
    return sum(sum(row) for row in img.px)


heart = Image(HEART)
total = 0
last = ""
for i in range(N):
    img = heart.shift_left(i % 7 - 3).rotate()
    img = img + heart.invert() * 0.5
    for _ in range(i % 4):
        img = img.rotate()
    total += brightness(img) + img.get(i % 5, (i * 3) % 5)
    if i % 50 == 0:
        for f in scroll("MICRO BIT"):
            total += brightness(f)
        last = repr(img)
print("microbit_image", N, total, last)
