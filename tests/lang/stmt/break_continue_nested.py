# break and continue in nested loops and in try/finally
out = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        out.append((i, j))
print(out)

def f():
    r = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            r.append(i)
        finally:
            r.append("f%d" % i)
    return r
print(f())

count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        break
    finally:
        print("finally", count)
print("count", count)
