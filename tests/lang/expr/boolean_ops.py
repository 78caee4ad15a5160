# and / or / not return operands, short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "d", "" and "x")
print(not 0, not 1, not [], not [1], not None)
print([] or {} or 0 or "last")
print(1 and [] and 3)
def boom():
    raise RuntimeError
print(True or boom(), False and boom())
x = None
print(x is None or x > 0)
print(not 1 == 2, (not 1) == 2)
print(1 < 2 and 2 < 3 or False)
print(0 or 0.0 or None)
a = [0, 1, 2]
print([i for i in a if i and i % 2])
