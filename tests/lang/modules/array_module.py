# array module
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], list(a[1:3]), sum(a))
a[0] = 100
print(a)
b = array("B", b"\x01\x02")
print(b, bytes(b), list(b))
f = array("f", [1.5, 2.5])
print(f, f[1])
h = array("h")
print(h, len(h))
try:
    array("B", [256])
except OverflowError:
    print("OverflowError")
print(array("d", [0.1]) == array("d", [0.1]) if True else True)
