# a pedometer: count peaks in a magnitude signal
import math
signal = [int(1000 + 400 * math.sin(i * 0.7) + (i * 37 % 11) * 5) for i in range(60)]
threshold = 1200
steps = 0
above = False
peaks = []
for i, v in enumerate(signal):
    if v > threshold and not above:
        steps += 1
        peaks.append(i)
        above = True
    elif v < threshold - 100:
        above = False
print("steps", steps)
print("peaks", peaks)
gaps = [b - a for a, b in zip(peaks, peaks[1:])]
print("gaps", gaps, "cadence", round(sum(gaps) / len(gaps), 3) if gaps else 0)
print(signal[:10])
