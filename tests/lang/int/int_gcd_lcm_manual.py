# gcd/lcm via Euclid with big numbers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a // gcd(a, b) * b
print(gcd(48, 18), gcd(0, 5), gcd(-12, 8), gcd(2 ** 100, 6 ** 50), lcm(4, 6), lcm(21, 6))
acc = 1
for i in range(1, 31):
    acc = lcm(acc, i)
print(acc)
fibs = [0, 1]
while len(fibs) < 100:
    fibs.append(fibs[-1] + fibs[-2])
print(gcd(fibs[99], fibs[98]), fibs[99])
