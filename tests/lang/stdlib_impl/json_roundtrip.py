# json: dumps output for many values, and loads(dumps(x)) == x.
import json

state = 7


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return (state >> 8) % n


def value(depth):
    k = rnd(9 if depth < 3 else 6)
    if k == 0:
        return rnd(100000) - 50000
    if k == 1:
        return (rnd(2000000) - 1000000) / (1 + rnd(1000))
    if k == 2:
        return ''.join(['a', 'Z', ' ', '"', '\\', '\n', 'é', '€', '😀', '\x00', '/'][rnd(11)] for _ in range(rnd(6)))
    if k == 3:
        return [None, True, False][rnd(3)]
    if k == 4:
        return 10 ** rnd(30) * (1 if rnd(2) else -1)
    if k == 5:
        return [1e16, 1e-7, 0.1 + 0.2, 123456789.125, 5e-324, 1.7976931348623157e308][rnd(6)]
    if k in (6, 7):
        return [value(depth + 1) for _ in range(rnd(4))]
    return {('k%d' % rnd(10)): value(depth + 1) for _ in range(rnd(4))}


for i in range(150):
    v = value(0)
    s = json.dumps(v)
    print(s)
    assert json.loads(s) == v, s
    print(json.dumps(v, separators=(',', ':')) == s.replace(', ', ',').replace(': ', ':') or 'strings differ')
print(json.dumps(value(0), indent=3, sort_keys=True))
