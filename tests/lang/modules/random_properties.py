# random: properties only (sequences differ between implementations)
import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0 <= x < 1 for x in a))
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)))
print(all(random.randrange(10) in range(10) for _ in range(200)), all(random.randrange(5, 50, 5) % 5 == 0 for _ in range(100)))
print(all(random.choice("abc") in "abc" for _ in range(50)), all(0 <= random.getrandbits(8) < 256 for _ in range(100)))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)))
seen = {random.randint(0, 3) for _ in range(500)}
print(sorted(seen))
random.seed(7)
x = random.getrandbits(16)
random.seed(7)
print(x == random.getrandbits(16))
try:
    random.choice([])
except IndexError:
    print("IndexError")
