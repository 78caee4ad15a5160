# if / elif / else chains, truthiness of many kinds of values
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"

for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))

for v in (0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (1,), {}, {1: 2}, set(), None, True, False, range(0), range(3)):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

x = 5
if x > 3: print("one-line if")
if x > 10: print("no")
else: print("one-line else")
if not x: pass
elif x == 5: print("elif hit")
