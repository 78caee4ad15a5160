# battery level estimation from voltage readings with a lookup table
CURVE = [(3.0, 0), (3.3, 10), (3.6, 40), (3.8, 70), (4.0, 90), (4.2, 100)]
def percent(v):
    if v <= CURVE[0][0]:
        return 0
    for (v0, p0), (v1, p1) in zip(CURVE, CURVE[1:]):
        if v <= v1:
            return round(p0 + (p1 - p0) * (v - v0) / (v1 - v0))
    return 100
for v in (2.9, 3.0, 3.15, 3.3, 3.45, 3.7, 3.95, 4.1, 4.2, 4.5):
    p = percent(v)
    bar = "#" * (p // 10) + "." * (10 - p // 10)
    print("%.2fV %3d%% [%s]" % (v, p, bar))
