# a checkout-queue simulation with a fixed arrival pattern
arrivals = [0, 1, 1, 2, 5, 6, 6, 6, 9, 12, 13, 13]
service = [3, 2, 4, 1, 2, 5, 1, 2, 3, 2, 1, 4]
tills = [0, 0]
waits = []
log = []
for i, (t, s) in enumerate(zip(arrivals, service)):
    k = min(range(len(tills)), key=lambda j: (tills[j], j))
    start = max(t, tills[k])
    tills[k] = start + s
    waits.append(start - t)
    log.append((i, k, t, start, tills[k]))
for entry in log:
    print("cust %2d till %d arrive %2d start %2d leave %2d" % entry)
print("avg wait %.3f max wait %d" % (sum(waits) / len(waits), max(waits)))
print("till free at", tills)
