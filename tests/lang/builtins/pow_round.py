# pow() with modulo and round() with ndigits
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 100), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000007))
print(pow(2.0, 3), pow(4, 0.5), pow(0, 0), 0 ** 0)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(5))
print(round(1234.567, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-15, -1))
print(round(3.14159, 3), round(2.5, 0), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(-0.5), round(7.0), round(0.125, 2), round(0.375, 2))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError mod 0")
