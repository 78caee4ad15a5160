# collections.Counter (CPython's; MicroPython lacks it) and more deque methods.
from collections import Counter, deque
c = Counter('mississippi')
print(c, c['s'], c['z'], 'z' in c, len(c))
print(c.most_common(2), c.most_common(), sorted(c.elements()), c.total())
c.update('sss')
c.update({'m': 5}, q=2)
print(c)
c.subtract('iiii')
print(c, c['i'])
print(Counter({'a': 3, 'b': 1}), Counter(a=1, b=2), Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
print(isinstance(c, dict), list(Counter('abca').keys()), dict(Counter('aab')))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1)[0])
d = deque([1, 2, 3])
d.insert(1, 9)
d.insert(-1, 8)
d.insert(100, 7)
print(d, d.index(3))
try:
    d.index(42)
except ValueError as e:
    print('ValueError', e)
print(list(reversed(deque([1, 2, 3]))))
