"""Module-level blocks compiled a statement at a time: defs, classes, try, with and one-line blocks in them."""
import sys

x = 3
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    def f(v=a):
        return v * 10
    class K:
        z = b
        def m(self):
            return c
    g = lambda q: q + a
    print(f(), K.z, K().m(), g(1), [t * a for t in range(3)])

if [w for w in range(3) if w > 1]:
    try:
        raise ValueError('in if')
    except ValueError as e:
        print('caught', e)
    finally:
        print('finally')
    class Ctx:
        def __enter__(self):
            return 'entered'
        def __exit__(self, *exc):
            print('exit', exc[0])
    with Ctx() as got:
        print(got)

while True:
    while True:
        while True:
            break
        break
    break

total = 0
for p in range(4):
    for q in range(4):
        if p == q:
            continue
        if p + q > 5:
            break
        total += p * q
print('total', total)

if x: print('one line if'); print('second')
while x > 2: x -= 1; print('x', x)
for z in 'ab': print(z)
if not x: pass
elif x == 2: print('elif one line')

count = 0
for e in range(3):
    global_name = e
    count += e
print(global_name, count)

def user():
    return global_name + count
print(user())

if True:
    if True:
        if True:
            if True:
                if False:
                    pass
                elif True:
                    print('deep elif')
print(sys.version_info[0] >= 3)
