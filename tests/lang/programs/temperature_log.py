# processing a log of temperature readings: stats, moving average, alerts
readings = [21, 21, 22, 24, 27, 31, 33, 32, 29, 25, 22, 20, 19, 18, 18, 19]
print("min", min(readings), "max", max(readings), "mean", round(sum(readings) / len(readings), 2))
window = 4
avg = [sum(readings[i:i + window]) / window for i in range(len(readings) - window + 1)]
print("moving", [round(a, 2) for a in avg])
alerts = [(i, t) for i, t in enumerate(readings) if t > 30]
print("alerts", alerts)
runs = []
cur = [readings[0]]
for prev, t in zip(readings, readings[1:]):
    if (t >= prev) == (cur[-1] >= cur[0]) or len(cur) == 1:
        cur.append(t)
    else:
        runs.append(cur)
        cur = [prev, t]
runs.append(cur)
print("runs", runs)
hist = {}
for t in readings:
    bucket = t // 5 * 5
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print("%2d-%2d %s" % (b, b + 4, "*" * hist[b]))
