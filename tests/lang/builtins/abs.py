# abs() on ints, floats, bigints, bools and custom types
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(-10**30))
print(abs(float("-inf")), abs(-2**31), abs(-2**63))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
