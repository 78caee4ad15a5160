# chained comparisons evaluate middle operands once and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(0 <= v(5) <= 10, calls)
print(1 < 2 > 0 < 5 != 4)
print("a" < "b" < "c", [1] < [1, 0] < [2])
x = 5
print(0 < x < 10, 0 < x > 10, x is not None is not False)
print(1 in [1, 2] in [[1, 2]])
