# FFT: iterative radix-2 Cooley-Tukey on separate real/imaginary float lists, forward then inverse.
# quick-size: 64
import sys
import math

N = int(sys.argv[1]) if len(sys.argv) > 1 else 98304  # points transformed in all
SIZE = 4096  # points per transform: three lists of boxed floats must fit a 2 MB heap


def fft(re, im, inverse):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            re[i], re[j] = re[j], re[i]
            im[i], im[j] = im[j], im[i]
    length = 2
    sign = 1.0 if inverse else -1.0
    while length <= n:
        ang = sign * 2.0 * math.pi / length
        wr0 = math.cos(ang)
        wi0 = math.sin(ang)
        half = length // 2
        for start in range(0, n, length):
            wr = 1.0
            wi = 0.0
            for k in range(start, start + half):
                m = k + half
                xr = re[m] * wr - im[m] * wi
                xi = re[m] * wi + im[m] * wr
                re[m] = re[k] - xr
                im[m] = im[k] - xi
                re[k] += xr
                im[k] += xi
                wr, wi = wr * wr0 - wi * wi0, wr * wi0 + wi * wr0
        length <<= 1
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


size = SIZE
while size > N and size > 2:
    size //= 2
checksum = 0
ok = True
for rnd in range(max(1, N // size)):
    f = 0.05 + rnd * 0.01
    re = [math.sin(i * f) + 0.5 * math.cos(i * 0.31) + (i % 7) * 0.1 for i in range(size)]
    im = [0.0] * size
    orig = re[:]
    fft(re, im, False)
    peak = 0
    for i in range(size // 2):
        if re[i] * re[i] + im[i] * im[i] > re[peak] * re[peak] + im[peak] * im[peak]:
            peak = i
    energy = sum(re[i] * re[i] + im[i] * im[i] for i in range(size)) / size
    fft(re, im, True)
    err = max(abs(re[i] - orig[i]) for i in range(size))
    ok = ok and err < 1e-9
    checksum += peak * 1000003 + int(energy * 1000)
print("fft", N, size, checksum, ok)
