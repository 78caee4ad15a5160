# a countdown timer formatting minutes and seconds, with laps
def fmt(secs):
    return "%02d:%02d" % divmod(secs, 60)
total = 125
laps = [30, 45, 10]
t = total
lap_times = []
for lap in laps:
    t -= lap
    lap_times.append(fmt(t))
print(lap_times)
for s in range(total, -1, -25):
    bar = int(10 * s / total)
    print(fmt(s), "[" + "#" * bar + " " * (10 - bar) + "]")
print(fmt(3599), fmt(0), fmt(61))
