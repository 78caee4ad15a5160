import struct
print(struct.calcsize('<bhiq'), struct.calcsize('>HIQ'), struct.calcsize('@bi'), struct.calcsize('@bq'), struct.calcsize('@hd'))
print(struct.calcsize('3s2x?'), struct.calcsize('<e f d'), struct.calcsize('!l'), struct.calcsize('=L'))
for fmt, vals in [('<b', (-128,)), ('<B', (255,)), ('<h', (-2,)), ('>H', (65535,)), ('<i', (-1,)), ('>I', (4294967295,)),
                  ('<q', (-2**63,)), ('>Q', (2**64 - 1,)), ('<?', (True,)), ('<c', (b'z',)), ('<f', (1.5,)),
                  ('>d', (-0.1,)), ('<e', (0.5,)), ('<e', (65504.0,)), ('<e', (1e-7,)), ('<5s', (b'ab',)),
                  ('<3p', (b'hello',)), ('<2h', (1, 2)), ('@bi', (1, 2)), ('<xbx', (7,)), ('!h', (-300,))]:
    b = struct.pack(fmt, *vals)
    print(fmt, b, struct.unpack(fmt, b))
print(struct.unpack('<4B', b'\x01\x02\x03\x04'), struct.unpack_from('<h', b'\x00\x01\x02', 1), struct.unpack_from('<B', b'abc', offset=2))
buf = bytearray(8)
struct.pack_into('<hi', buf, 2, 5, -1)
print(buf)
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.unpack('<e', struct.pack('<e', 3.14159))[0])
for bad in [('<b', 128), ('<B', -1), ('<h', 40000), ('<H', -1), ('<i', 2**31), ('<I', 2**32), ('<q', 2**63), ('<Q', -1)]:
    try:
        struct.pack(bad[0], bad[1])
    except struct.error as e:
        print('error', bad)
for args in [('<h', 1, 2), ('<hh', 1)]:
    try:
        struct.pack(*args)
    except struct.error as e:
        print(e)
try:
    struct.unpack('<h', b'abc')
except struct.error as e:
    print(e)
try:
    struct.pack('<h', 1.5)
except struct.error as e:
    print('error float')
except TypeError as e:
    print('TypeError float')
try:
    struct.calcsize('<y')
except struct.error as e:
    print(e)
