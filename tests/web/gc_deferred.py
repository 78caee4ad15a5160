# Collections deferred to the VM's safe points (web port, core/gc.hpp): native code that calls back into
# Python while its locals hold objects (sorted's key, list() of a generator, print() of an object whose
# __repr__ allocates), each making garbage, and a module whose body loops and allocates (a safe run: it
# must collect as it goes, or 20 MB of garbage would not fit the page's reserve). Sized for the micro:bit's
# heap; the output must be CPython's.
import gc
import gc_deferred_mod
if hasattr(gc, 'threshold'):
    gc.threshold(300)  # collections asked for often (MicroPython)
big = [(i * 7919) % 1009 for i in range(150)]
s = sorted(big, key=lambda x: len(str(x) * 40) * 10000 + x)
print('sorted', len(s), s[:5], s[-3:], sum(i * v for i, v in enumerate(s)))
del big, s
def gen(n):
    for i in range(n):
        junk = ['%d' % j for j in range(20)]
        yield len(junk[i % 20]) + i
g = list(gen(120))
print('list(gen)', len(g), g[:5], sum(g))
del g
class R:
    def __init__(self, i):
        self.i = i
    def __repr__(self):
        return '<' + '/'.join([str(self.i)] * (self.i % 4 + 1)) + '>'
print([R(i) for i in range(12)])
print('dict', sorted(dict((str(i), [i] * 3) for i in range(30)).items())[-1])
print('module', gc_deferred_mod.total, gc_deferred_mod.kept)
x = 0
for i in range(20000):  # 20 MB of garbage at the top level too
    x += len('y' * 1000)
print('top', x)
