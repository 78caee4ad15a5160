"""Module-level if/while/for blocks (compiled a statement at a time): every clause, else and elif."""

log = []
x = 3
if x > 5:
    log.append('big')
elif x > 2:
    log.append('mid')
    if x == 3:
        log.append('three')
    elif x == 4:
        log.append('four')
    else:
        log.append('other')
elif x > 1:
    log.append('small')
else:
    log.append('tiny')
print(log)

for y in (0, 1, 2, 3, 4):
    if y == 0: continue
    elif y == 1: print('one'); continue
    elif y == 2:
        pass
    else:
        print('else', y)
    print('y', y)

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    for j in range(i):
        if j == 3:
            break
    else:
        print('no break at', i)
        continue
    print('broke at', i)
    if i > 6:
        break
else:
    print('while else not run')
print('i', i)

n = 0
while n < 3:
    n += 1
else:
    print('while else', n)

for k in []:
    print('never')
else:
    print('for else')

