# rock paper scissors tournament with deterministic strategies
BEATS = {"rock": "scissors", "paper": "rock", "scissors": "paper"}
MOVES = list(BEATS)
def cycle(history):
    return MOVES[len(history) % 3]
def copycat(history):
    return history[-1][0] if history else "rock"
def beat_last(history):
    if not history:
        return "paper"
    last = history[-1][0]
    return [m for m in MOVES if BEATS[m] == last][0]
def play(p1, p2, rounds=9):
    h1, h2, score = [], [], [0, 0, 0]
    for _ in range(rounds):
        a, b = p1(h1), p2(h2)
        h1.append((b, a))
        h2.append((a, b))
        if a == b:
            score[2] += 1
        elif BEATS[a] == b:
            score[0] += 1
        else:
            score[1] += 1
    return score
for s1 in (cycle, copycat, beat_last):
    for s2 in (cycle, copycat, beat_last):
        print(s1.__name__, s2.__name__, play(s1, s2))
