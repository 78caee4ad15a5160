# classify gestures from recorded accelerometer samples
samples = [
    (0, 0, -1024), (10, -20, -1010), (600, 0, -800), (1100, 40, -200), (30, 1200, -100),
    (-900, 0, -300), (0, -1100, -50), (0, 0, 1024), (2000, 1500, 900), (5, 3, -1000),
]
def gesture(x, y, z):
    mag = (x * x + y * y + z * z) ** 0.5
    if mag > 2000:
        return "shake"
    if z > 800:
        return "face down"
    if z < -800 and abs(x) < 300 and abs(y) < 300:
        return "face up"
    if x > 500:
        return "right"
    if x < -500:
        return "left"
    if y > 500:
        return "down"
    if y < -500:
        return "up"
    return "tilted"
hist = []
for s in samples:
    g = gesture(*s)
    hist.append(g)
    print(s, g)
changes = [b for a, b in zip(hist, hist[1:]) if a != b]
print("changes", len(changes))
print("strength", [int((x * x + y * y + z * z) ** 0.5) for x, y, z in samples])
