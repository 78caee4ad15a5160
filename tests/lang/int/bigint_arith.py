# arbitrary precision arithmetic
a = 2 ** 100
b = 3 ** 50
print(a, b, a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(a ** 3, (-b) ** 3)
print(12345678901234567890 * 98765432109876543210)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 30), f % 1000007)
print(2 ** 64 - 1, -(2 ** 63), 2 ** 31, 2 ** 30 + 2 ** 30, (2 ** 62) * 2)
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
print(10 ** 30 // 7, 10 ** 30 / 8, -(10 ** 20) // 3)
print(abs(-10 ** 40), -(-10 ** 40), +(10 ** 40))
print(2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99, -(2 ** 100) < 5, 2 ** 100 != 2 ** 100 + 1)
