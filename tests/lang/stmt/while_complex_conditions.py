# while loops with compound conditions and counters
a, b = 0, 100
steps = 0
while a < b and steps < 100:
    a += 7
    b -= 3
    steps += 1
print(a, b, steps)
n = 27
seq = [n]
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    seq.append(n)
print(len(seq), max(seq), seq[:10])
x = 1
while x < 10 ** 30:
    x *= 7
print(x)
items = [3, 0, 2]
while items and items[-1]:
    items.pop()
print(items)
