# Pi digits: Gibbons' unbounded spigot on big integers; prints a digit sum and the last digits.
# quick-size: 50
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 4000  # digits


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


d = pi_digits(N)
print("pidigits", N, sum(d), "".join(str(c) for c in d[-12:]))
