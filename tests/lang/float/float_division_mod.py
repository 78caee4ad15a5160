# float floor division and modulo with signs
for a in (7.5, -7.5, 0.0, 5.0, -0.5):
    for b in (2.0, -2.0, 0.3):
        print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 // -1, 1e300 % 7, 5 % 1e300)
