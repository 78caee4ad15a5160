# subscripts with tuples, negative indexes, nested
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], m[0][-3])
d = {(1, 2): "pair", 3: "three"}
print(d[1, 2], d[(1, 2)], d[3])
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1], g[1, 2], g[1:2], g[::3], g[1:2, 3], g[...])
try:
    [1][5]
except IndexError:
    print("IndexError")
try:
    (1,)[-2]
except IndexError:
    print("IndexError tuple")
try:
    "abc"[3]
except IndexError:
    print("IndexError str")
try:
    k = "a"
    [1][k]
except TypeError:
    print("TypeError bad index")
