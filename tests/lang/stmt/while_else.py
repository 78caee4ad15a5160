# while loops with else, break and continue
i = 0
while i < 5:
    i += 1
else:
    print("else ran, i =", i)

i = 0
while True:
    i += 1
    if i == 3:
        break
else:
    print("not reached")
print("broke at", i)

i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
else:
    print("else after continue loop", total)

n = 0
while n < 3:
    m = 0
    while m < 3:
        if m == n:
            break
        m += 1
    else:
        print("inner else", n)
    print("n", n, "m", m)
    n += 1

while 0:
    print("never")
else:
    print("else of never-run loop")
