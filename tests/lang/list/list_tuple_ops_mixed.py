# The operators lists and tuples share (+, *, in, comparisons), each with the other's and foreign operands.
class L(list):
    pass


class T(tuple):
    pass


for a, b in (([1, 2], [3]), ((1, 2), (3,)), (L([1]), [2]), (T((1,)), (2,)), ([], []), ((), ())):
    print(a + b, b * 2, 2 * a, a * 0, a * -1, 2 in a, 9 in b, a < b, a <= b, a == b, a != b, a > b, a >= b)
for a, b in (([1], (1,)), ((1,), [1]), ([1], 1), ((1,), "x"), ([1], None)):
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError", e)
    print(a == b, a != b)
    try:
        print(a < b)
    except TypeError:
        print("TypeError")  # MicroPython words this one its own way
for a in ([1, 2], (1, 2)):
    for n in (2.0, "3", None):
        try:
            print(a * n)
        except TypeError as e:
            print("TypeError", e)
x = [1, 2]
y = x
x += (3,)
x *= 2
print(x, y, x is y)
t = (1,)
u = t
t += (2,)
t *= 2
print(t, u)
x *= 0
print(x, y)
