# Mandelbrot: escape-time iteration counts over an N x N grid of the complex plane (plain floats).
# quick-size: 10
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 320
MAX_ITER = 100  # enough to separate the set's boundary at this resolution


def mandel(size):
    total = 0
    rows = []
    for py in range(size):
        ci = -1.25 + 2.5 * py / size
        row = 0
        for px in range(size):
            cr = -2.0 + 2.5 * px / size
            zr = zi = 0.0
            it = 0
            while it < MAX_ITER:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                it += 1
            total += it
            row = (row * 3 + it) & 0xFFFFFF
        rows.append(row)
    return total, sum(rows) % 1000003


t, r = mandel(N)
print("mandelbrot", N, t, r)
