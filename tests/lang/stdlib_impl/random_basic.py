# random: sequences differ by design from CPython (another generator); check properties only.
import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
random.seed(1)
vals = [random.randint(1, 6) for _ in range(600)]
print(min(vals), max(vals), sorted(set(vals)))
vals = [random.randrange(10) for _ in range(500)]
print(min(vals), max(vals))
vals = [random.randrange(5, 50, 5) for _ in range(500)]
print(sorted(set(vals)))
vals = [random.randrange(10, 0, -3) for _ in range(300)]
print(sorted(set(vals)))
print(all(0 <= random.getrandbits(8) < 256 for _ in range(100)), random.getrandbits(1) in (0, 1))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)))
seq = ['a', 'b', 'c']
print(sorted(set(random.choice(seq) for _ in range(200))))
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)))
for bad in [lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.randrange(1, 10, 0)]:
    try:
        bad()
    except ValueError:
        print('ValueError')
try:
    random.choice([])
except IndexError:
    print('IndexError')
random.seed()
print(type(random.random()))
