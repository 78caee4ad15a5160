# a table of trig values rounded to 6 places
import math
for deg in range(0, 361, 30):
    r = math.radians(deg)
    print("%3d %9.6f %9.6f" % (deg, math.sin(r), math.cos(r)))
print(round(math.atan2(1, 1) * 4, 12) == round(math.pi, 12))
