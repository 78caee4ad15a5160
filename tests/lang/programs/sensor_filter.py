# smoothing noisy sensor data: moving average, exponential filter, median
data = [(i * 53) % 17 + (10 if i in (7, 20) else 0) for i in range(30)]
def moving(xs, n):
    return [round(sum(xs[i - n + 1:i + 1]) / n, 2) for i in range(n - 1, len(xs))]
def ema(xs, a):
    out, s = [], xs[0]
    for x in xs:
        s = a * x + (1 - a) * s
        out.append(round(s, 3))
    return out
def median3(xs):
    return [sorted(xs[i - 1:i + 2])[1] for i in range(1, len(xs) - 1)]
print(data)
print(moving(data, 5))
print(ema(data, 0.25))
print(median3(data))
