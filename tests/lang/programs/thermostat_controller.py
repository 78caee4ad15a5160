# a hysteresis thermostat controller fed with simulated readings
temps = [18.0, 18.4, 19.1, 20.2, 21.0, 21.6, 22.1, 21.9, 21.2, 20.4, 19.6, 19.0, 18.7]
target, band = 20.0, 1.0
heating = False
switches = 0
for t in temps:
    before = heating
    if t < target - band:
        heating = True
    elif t > target + band:
        heating = False
    if heating != before:
        switches += 1
    print("%.1f %s" % (t, "ON " if heating else "off"))
print("switches", switches)
avg = sum(temps) / len(temps)
print("average %.3f" % avg, "spread %.1f" % (max(temps) - min(temps)))
