from array import array
a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], list(a), 3 in a, sum(a))
a[0] = 10
print(a, a.typecode, a.itemsize)
print(array('b'), array('d', [1.5, 2]), array('B', b'\x01\x02'), bytes(array('B', [65, 66])))
print(array('h', [1, -2]).tobytes(), array('i', [1]) == array('i', [1]), array('f', [0.5]) + array('f', [1.0]))
for code in 'bBhHiIlLqQfd':
    arr = array(code, [1, 2, 3])
    print(code, arr, arr.itemsize, arr.tolist(), arr[::2], arr[::-1])
a = array('H')
a.frombytes(b'\x01\x00\x02\x00')
print(a, a.pop(), a.pop(0), a)
a += array('H', [7])
print(a)
a.extend(array('H', [8, 9]))
print(a, [x * 2 for x in a])
try:
    array('z')
except ValueError as e:
    print(e)
for code, v in [('B', 256), ('b', -129), ('H', -1), ('h', 40000)]:
    try:
        array(code, [v])
    except (ValueError, OverflowError):
        print('overflow', code, v)
try:
    array('i', [1.5])
except TypeError:
    print('TypeError')
try:
    array('i', [1])[5]
except IndexError:
    print('IndexError')
from array import array
import io
a = array('B', b'')
a.extend(array('B'))
a.frombytes(b'')
print(a, array('i', []) + array('i'), a[0:0], array('d')[::-1])
b = io.BytesIO(); b.seek(5); b.write(b''); print(b.getvalue())
s = io.StringIO(); s.write(''); print(repr(s.getvalue()), s.read())
