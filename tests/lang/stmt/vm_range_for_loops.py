# for-loops over ranges: small non-negative ranges with step 1 keep their iterator in the loop's stack slot;
# every other range (negative, stepped, huge, empty, reversed) and every consumer must behave the same.
out = []
for i in range(5):
    out.append(i)
for i in range(3, 7):
    out.append(i)
for i in range(0):
    out.append("never")
for i in range(5, 3):
    out.append("never")
for i in range(-3, 2):
    out.append(i)
for i in range(10, 0, -3):
    out.append(i)
for i in range(0, 10, 4):
    out.append(i)
print(out)

big = 2**31 + 5
print([i for i in range(big - 3, big)])
print([i for i in range(2**40, 2**40 + 2)])
print([i for i in range(2**70, 2**70 + 2)])
print(sum(range(2**15 - 2, 2**15 + 2)), sum(range(2**31 - 2, 2**31 + 2)))

r = range(4)
print([x * y for x in r for y in r if x < y], list(r), list(r))
g = (i * i for i in range(6))
print(next(g), next(g), list(g))
print({i: i % 3 for i in range(7)}, sorted({i % 3 for i in range(9)}))

# break, continue, else, nesting, and an exception leaving the loop
total = 0
for i in range(100):
    if i % 2:
        continue
    if i > 20:
        break
    for j in range(i):
        total += j
else:
    total = -1
print(total)
for i in range(3):
    pass
else:
    print("else", i)


def first_over(limit):
    for i in range(limit):
        if i * i > 50:
            return i
    return None


print(first_over(100), first_over(3))
try:
    for i in range(10):
        if i == 4:
            raise ValueError(i)
except ValueError as e:
    print("raised", e.args)


def gen(n):
    for i in range(n):
        yield i
        for j in range(i):
            yield -j


print(list(gen(4)))
it = iter(range(3))
print(next(it), list(it))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(2, 5))))
