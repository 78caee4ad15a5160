# augmented assignment on names, attributes and subscripts
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 3; print(n)
n <<= 4; print(n)
n >>= 2; print(n)
n |= 0x55; print(n)
n &= 0xF0; print(n)
n ^= 0xFF; print(n)
f = 7
f /= 2; print(f)
s = "ab"
s *= 3; print(s)
s += "!"; print(s)

class P:
    def __init__(self):
        self.v = 1
p = P()
p.v += 10
p.v *= 3
print(p.v)

l = [1, 2, 3]
l[1] += 100
l[-1] **= 2
print(l)
d = {"k": 1}
d["k"] += 1
d.setdefault("z", []).append(3)
d["z"] += [4]
print(d)

calls = []
def idx():
    calls.append("idx")
    return 0
l[idx()] += 1
print(l, calls)
t = (1, 2)
t += (3,)
print(t)
a = [1]
b = a
a += [2]
print(b, a is b)
c = (1,)
e = c
c += (2,)
print(e, c is e)
