# compass headings, bearings and distances with math
import math
def heading_name(deg):
    names = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    return names[int((deg % 360 + 22.5) // 45) % 8]
for d in (0, 10, 44, 45, 90, 180, 269, 300, 359, 360, -45):
    print(d, heading_name(d))
def bearing(x1, y1, x2, y2):
    return round(math.degrees(math.atan2(x2 - x1, y2 - y1)) % 360, 4)
pts = [(0, 0), (3, 4), (-2, 5), (-6, -1), (1, -8)]
for a, b in zip(pts, pts[1:]):
    print(a, b, bearing(*a, *b), round(math.hypot(b[0] - a[0], b[1] - a[1]), 6))
total = sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(pts, pts[1:]))
print("path length", round(total, 6))
