# a state machine for traffic lights with timing
STATES = {"red": ("red_amber", 4), "red_amber": ("green", 1), "green": ("amber", 3), "amber": ("red", 1)}
state = "red"
t = 0
timeline = []
while t < 20:
    nxt, dur = STATES[state]
    timeline.append((t, state))
    t += dur
    state = nxt
for when, s in timeline:
    print("%3d %s" % (when, s))
counts = {}
for _, s in timeline:
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items()))
class Pedestrian:
    def __init__(self):
        self.waiting = False
    def press(self):
        self.waiting = True
p = Pedestrian()
p.press()
print("cross now" if p.waiting and timeline[-1][1] == "red" else "wait", timeline[-1])
