# Every array typecode: limits, item assignment, memoryview over it (items, slices, slice assignment
# with the size and format checks), bytes and bytearray made from, added to and compared with arrays.
import array
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
lim = {'b':(-128,127),'B':(0,255),'h':(-32768,32767),'H':(0,65535),'i':(-2**31,2**31-1),'I':(0,2**32-1),
       'l':(-2**31,2**31-1),'L':(0,2**32-1),'q':(-2**63,2**63-1),'Q':(0,2**64-1)}
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2, 3])
    print(tc, a[0], len(a), a.typecode, a.itemsize in (1,2,4,8))
    if tc in lim:
        lo, hi = lim[tc]
        t(lambda: array.array(tc, [lo, hi]).tolist() if hasattr(array.array, 'tolist') else list(array.array(tc, [lo, hi])))
        t(lambda: array.array(tc, [hi + 1]))
        t(lambda: array.array(tc, [lo - 1]))
        b = array.array(tc, [0])
        def s(): b[0] = hi + 1
        t(s)
        def s2(): b[0] = lo; return b[0]
        t(s2)
    m = memoryview(a)
    t(lambda: m[1])
    t(lambda: m[-1])
    t(lambda: list(m[1:]))
    t(lambda: len(m[1:3]))
    t(lambda: m.itemsize == a.itemsize)
    def sa(): m[0] = 7; return a[0]
    t(sa)
    def sa2(): m[0:2] = array.array(tc, [8, 9]); return list(a)
    t(sa2)
    def sa3(): m[0:2] = array.array(tc, [8]); return list(a)
    t(sa3)
    def sa4(): m[0:1] = b'\x00' * a.itemsize; return list(a)
    t(sa4)
    t(lambda: m[3])
    t(lambda: bytes(a) == bytes(m))
    t(lambda: len(bytes(a)) == 3 * a.itemsize)
    t(lambda: bytearray(a) == bytes(a))
    t(lambda: list(array.array(tc, bytes(a))) == list(a) if tc not in 'bB' else True)
a = array.array('b', [1, 2])
t(lambda: b'ab' + a)
t(lambda: bytearray(b'ab') + a)
t(lambda: a + b'ab')
t(lambda: b'\x01\x02' == a)
t(lambda: a == b'\x01\x02')
t(lambda: a == array.array('B', [1, 2]))
t(lambda: array.array('h', [1]) == array.array('i', [1]))
t(lambda: array.array('f', [1.5]) == array.array('d', [1.5]))
t(lambda: array.array('i', [1]) + array.array('i', [2]))
t(lambda: array.array('i', [1]) + array.array('h', [2]))
t(lambda: array.array('i', [1]) + [2])
t(lambda: array.array('z'))
t(lambda: array.array('b', 'ab'))
t(lambda: array.array('b', b'\x01\xff'))
t(lambda: array.array('B', bytearray(b'\x01\xff')))
t(lambda: array.array('i', [1.5]))
t(lambda: array.array('f', [1]))
t(lambda: array.array('f', [1.5, 'x']))
t(lambda: array.array('b', range(3)))
t(lambda: repr(array.array('b')))
t(lambda: repr(array.array('f', [1.5])))
t(lambda: repr(array.array('Q', [2**64-1])))
aa = array.array('i', [1])
aa.extend([2, 3]); aa.append(4); t(lambda: list(aa))
aa.extend(array.array('i', [5])); t(lambda: list(aa))
t(lambda: aa.extend(array.array('b', [5])))
aa += array.array('i', [6]); t(lambda: list(aa))
t(lambda: len(aa[1:3]))
t(lambda: type(aa[1:3]).__name__)
t(lambda: aa[1:3])
m = memoryview(bytearray(b'abcd'))
t(lambda: m[1])
t(lambda: bytes(m[1:3]))
def f(): m[1:3] = b'XY'; return bytes(m)
t(f)
def f(): m[1:3] = b'XYZ'
t(f)
def f(): m[0] = 256
t(f)
def f(): m[0] = -1
t(f)
t(lambda: memoryview(b'ab')[0])
def f(): memoryview(b'ab')[0] = 1
t(f)
t(lambda: memoryview(b'ab').tobytes() if hasattr(memoryview,'tobytes') else b'ab')
t(lambda: memoryview(array.array('h',[1,2]))[0:1][0])
t(lambda: len(memoryview(array.array('d',[1,2]))))
t(lambda: list(memoryview(array.array('d',[1,2]))))
