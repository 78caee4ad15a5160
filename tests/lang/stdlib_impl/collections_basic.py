from collections import namedtuple, OrderedDict, defaultdict, deque
P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), tuple(p), P._fields)
a, b = p
print(a, b, p._asdict(), p._replace(x=5), P._make([3, 4]), isinstance(p, tuple), hash(p) == hash((1, 2)))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[9])
print(Q(1, 2), repr(Q(1, 2, 3)), Q(1, 2) < Q(1, 3), p + (3,), p[::-1], list(reversed(p)))
R = namedtuple('R', 'one, two')
print(R(two=2, one=1), R._fields, str(R(1, 2)))
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
for bad in ['a b a', 'a _b', 'a 1b', 'def-x']:
    try:
        namedtuple('N', bad)
    except ValueError as e:
        print('ValueError', e)
try:
    p.x = 5
except AttributeError:
    print('AttributeError')
od = OrderedDict([('a', 1), ('b', 2)])
od['c'] = 3
od.move_to_end('a')
print(od, list(od.keys()), list(od.values()), list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
od = OrderedDict(x=1)
od['y'] = 2
od.move_to_end('y', last=False)
print(od, od['x'], 'y' in od, len(od), od.get('z', 0))
print(OrderedDict(), OrderedDict([(1, 2)]) == OrderedDict([(1, 2)]), isinstance(od, dict))
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError:
    print('KeyError empty')
dd = defaultdict(list)
dd['x'].append(1)
dd['y']
dd['x'].append(2)
print(dd, dd['x'], len(dd), dd.default_factory, 'z' in dd, dd.get('z'))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
nd = defaultdict(None, {'a': 1})
try:
    nd['b']
except KeyError as e:
    print('KeyError', e)
print(defaultdict(lambda: 'dflt')['k'])
d = deque([1, 2, 3], 5)
d.append(4)
d.appendleft(0)
d.append(5)
print(d, len(d), d.pop(), d.popleft(), list(d), 3 in d, 9 in d, d[0], d[-1])
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([10, 11])
print(d, d.count(7), d.maxlen)
try:
    d.remove(7)
except ValueError as e:
    print('ValueError', e)
d.remove(3)
d.reverse()
print(d, bool(d), bool(deque()))
d2 = deque()
for fn in (d2.pop, d2.popleft):
    try:
        fn()
    except IndexError as e:
        print(e)
print(deque('abc', maxlen=2), deque(maxlen=3).maxlen, deque().maxlen, deque([1, 2]) == deque([1, 2]))
q = deque()
for i in range(100):
    q.append(i)
    if len(q) > 10:
        q.popleft()
print(list(q), sum(q))
d[0] = 'first'
print(d, d.copy())
d.clear()
print(d, len(d))
