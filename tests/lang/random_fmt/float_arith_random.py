# float arithmetic on random values: + - * / // % and comparisons
from _lcg import LCG
g = LCG(9)
def rf():
    return (g.below(2 ** 40) - 2 ** 39) / 2 ** g.below(40)
for i in range(1500):
    a, b = rf(), rf()
    if b == 0:
        b = 0.5
    print(a + b, a - b, a * b, a / b, a // b, a % b, a < b, int(a), round(a, 3))
