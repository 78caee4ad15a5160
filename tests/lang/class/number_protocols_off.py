# Without MBPY_NUMBER_PROTOCOLS (the device, as the original firmware): an instance is no number through
# __int__, __float__ or __index__. Subclasses of int still are (the original: "can't convert I to int").
class A:
    def __int__(self):
        return 3

    def __float__(self):
        return 2.5

    def __index__(self):
        return 1


for f in (int, float, hex, range):
    try:
        f(A())
        print("converted")
    except TypeError as e:
        print("TypeError", e)
try:
    [1, 2, 3][A()]
except TypeError as e:
    print("TypeError")


class I(int):
    pass


print(int(I(7)), float(I(7)), [1, 2, 3][I(1)], hex(I(255)))
