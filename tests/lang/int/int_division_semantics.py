# floor division and modulo follow the sign of the divisor
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (3, -3, 1, -1, 5):
        print(a, b, a // b, a % b, a / b)
print(7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 // -2)
try:
    5 // 0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    5 % 0
except ZeroDivisionError:
    print("ZeroDivisionError %")
try:
    5 / 0
except ZeroDivisionError:
    print("ZeroDivisionError /")
