# assignment and deletion through slices
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1]
except ValueError:
    print("ValueError extended slice size")
b = [1, 2, 3]
b[1:1] = "ab"
print(b)
b[:] = range(3)
print(b)
c = list(range(10))
del c[1:8:3]
print(c)
c[-2:] = (7, 7, 7)
print(c)
ba = bytearray(b"hello")
ba[1:3] = b"EY"
ba[4:] = b"!!"
print(ba)
