# operators whose float results show a double's digits (a float32 build has other digits)
print(0.1 + 0.2, -1 / 3, 2 ** 0.5)
