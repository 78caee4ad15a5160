# Without MBPY_POW_MOD (the device, as the original firmware): pow() with a modulus raises
# NotImplementedError; pow() with two arguments, or a modulus of None, still works.
print(pow(3, 4), pow(2, -1), pow(2.0, 3))
print(pow(3, 4, None))  # the original raises here too
try:
    pow(3, 4, 5)
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    pow(2 ** 70, 3, 7)
except NotImplementedError as e:
    print("NotImplementedError", e)
