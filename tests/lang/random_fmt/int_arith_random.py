# random big-int arithmetic; identities are checked and results printed
from _lcg import LCG
g = LCG(3)
def rnd():
    v = 0
    for _ in range(g.below(4) + 1):
        v = (v << 64) | g.next64()
    v >>= g.below(100)
    return -v if g.below(2) else v
ok = 0
for i in range(600):
    a, b = rnd(), rnd() or 1
    q, r = divmod(a, b)
    ok += (q * b + r == a) and (abs(r) < abs(b)) and (r == 0 or (r < 0) == (b < 0))
    if i % 4 == 0:
        print(a + b, a - b, a * b, q, r)
    elif i % 4 == 1:
        print(a & b, a | b, a ^ b, a >> (i % 70), a << (i % 33))
    elif i % 4 == 2:
        print(pow(abs(a) % 1000, i % 20), a ** 3 % (abs(b) or 7), -a // 7, a % 10 ** 9)
    else:
        print(a == b, a < b, a >= b, abs(a) > 2 ** 100, (a * b) // b == a)
print("identities", ok)
