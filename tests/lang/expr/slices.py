# slicing with steps, negatives, out of range
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7], s[-100:100])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-5:-1], s[5:5], s[7:3])
print(s[::-3], s[100:], s[:-100], s[2:8:-1])
t = "hello world"
print(t[::-1], t[::2], t[-5:], t[3:-3])
u = (1, 2, 3, 4)
print(u[1:3], u[::-1])
b = b"abcdef"
print(b[1:4], b[::2], b[::-1])
print(s[slice(2, 6, 2)], s[slice(None, None, -4)])
try:
    s[::0]
except ValueError:
    print("ValueError zero step")
print(range(10)[2:8:3], list(range(10)[::-2]))
print(s[True:3])
