# integer powers
print(2 ** 0, 2 ** 1, 0 ** 0, 0 ** 5, (-1) ** 1001, (-2) ** 63, 10 ** 18, 7 ** 77)
print(2 ** -2, (-2) ** -3, 10 ** -1)
print(pow(7, 77, 10 ** 9 + 7), pow(123456789, 987654321, 2 ** 61 - 1), pow(-5, 3, 13), pow(5, 3, -13))
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
