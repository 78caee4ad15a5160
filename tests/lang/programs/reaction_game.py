# a reaction-timer game with scripted button presses and a fake clock
class Clock:
    def __init__(self):
        self.t = 0
    def sleep(self, ms):
        self.t += ms
    def ticks(self):
        return self.t
clock = Clock()
presses = [350, 120, 900, 60, 410]
scores = []
for round_no, delay in enumerate(presses, 1):
    clock.sleep(1000 + round_no * 250)
    start = clock.ticks()
    clock.sleep(delay)
    reaction = clock.ticks() - start
    if reaction < 100:
        verdict = "too fast - cheat?"
    elif reaction < 400:
        verdict = "good"
    else:
        verdict = "slow"
    scores.append(reaction)
    print("round %d: %d ms (%s)" % (round_no, reaction, verdict))
print("best", min(scores), "worst", max(scores), "average", sum(scores) / len(scores))
print("ranked", sorted(scores))
