# The GC stress test of the web port: objects held only by locals of native code (join over map, sorted
# with a key, repr of a list, dict from a generator) while the collector runs every 200 bytes allocated.
import gc
gc.threshold(200)
class P:
    def __init__(self, i):
        self.i = i
        self.s = 'p%d' % i
    def __repr__(self):
        return '<%s:%d>' % (self.s, self.i)
ok = 0
for r in range(60):
    t = ','.join(map(str, range(40)))
    assert t == ','.join([str(i) for i in range(40)]), t
    s = sorted([P(i) for i in range(12)], key=lambda p: -p.i)
    assert [p.i for p in s] == list(range(11, -1, -1))
    x = repr([P(i) for i in range(6)])
    assert x == '[<p0:0>, <p1:1>, <p2:2>, <p3:3>, <p4:4>, <p5:5>]', x
    d = dict((str(i), [i] * 3) for i in range(15))
    assert all(d[str(i)] == [i, i, i] for i in range(15))
    ok += 1
print('stress ok', ok, gc.mem_free() > 0)
