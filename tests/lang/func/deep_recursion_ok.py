# moderately deep recursion must work (frames are heap-allocated in mbpy)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100), depth(500))
def sum_list(l):
    return 0 if not l else l[0] + sum_list(l[1:])
print(sum_list(list(range(200))))
def nest(n):
    return [] if n == 0 else [nest(n - 1)]
x = nest(50)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
