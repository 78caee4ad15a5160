# Arrays and memoryviews together: views of views, resized arrays, slice assignment into arrays and
# views of every buffer kind, arrays built from other arrays and buffers.
import array
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__)
a = array.array('h', [1, 2, 3, 4])
m = memoryview(a)
t(lambda: m[1:3].tolist())
t(lambda: memoryview(m)[1])
t(lambda: m[1:][1:][0])
t(lambda: m == a)
t(lambda: m == memoryview(array.array('h', [1, 2, 3, 4])))
t(lambda: m.nbytes)
t(lambda: m.readonly)
t(lambda: m.obj is a)
t(lambda: m.tobytes())
t(lambda: m.hex())
t(lambda: list(m))
t(lambda: 2 in m)
t(lambda: bytes(m[1:2]))
t(lambda: len(m[4:]))
m.release()
a.append(5)
m = memoryview(a)
t(lambda: len(m))
t(lambda: m[4])
m.release()
def f(): a[0:2] = array.array('h', [7, 8]); return a
t(f)
def f(): a[0:2] = array.array('h', [9]); return a
t(f)
def f(): a[0:2] = [1, 2]; return a
t(f)
def f(): a[0:1] = array.array('i', [1]); return a
t(f)
t(lambda: array.array('b', memoryview(b'\x01\x02')))
t(lambda: array.array('h', b'\x01\x00'))
t(lambda: array.array('h', b'\x01'))
t(lambda: array.array('h', array.array('b', [1, 2])))
t(lambda: array.array('I', [4294967295])[0])
t(lambda: array.array('f', [float('inf')]))
t(lambda: array.array('b', [True]))
t(lambda: bytearray(memoryview(a)))
c = array.array('i', [1, 2, 3])
def f(): c[1:1] = array.array('i', [8, 9]); return c
t(f)
def f(): c[5:2] = array.array('i', [7]); return c
t(f)
def f(): c[:] = c; return c
t(f)
def f(): c[1:] = c; return c
t(f)
def f(): c[-2:] = array.array('i'); return c
t(f)
def f(): c[10:] = array.array('i', [0]); return c
t(f)
def f(): c[0:1] = b'\x00\x00\x00\x00'; return c
t(f)
t(lambda: memoryview(a)[0:1] == b'\x07\x00')
ba = bytearray(b'abc')
mv = memoryview(ba)
t(lambda: mv.itemsize)
t(lambda: mv[-1])
t(lambda: mv[-4])
def f(): mv[0:1] = memoryview(b'Z'); return ba
t(f)
def f(): mv[0:1] = array.array('B', [66]); return ba
t(f)
def f(): mv[0:1] = array.array('b', [66]); return ba
t(f)
t(lambda: hash(memoryview(b'ab')) == hash(b'ab'))
t(lambda: b'ab' + memoryview(b'cd'))
t(lambda: memoryview(b'ab') + b'cd')
t(lambda: b'ab' == memoryview(b'ab'))
t(lambda: memoryview(b'ab') == memoryview(b'ab'))
