# struct: pack/unpack of edge values for every integer format and byte order; floats through f/d/e.
import struct

for order in '<>!=':
    for code, lo, hi in [('b', -128, 127), ('B', 0, 255), ('h', -32768, 32767), ('H', 0, 65535),
                         ('i', -2**31, 2**31 - 1), ('I', 0, 2**32 - 1), ('l', -2**31, 2**31 - 1),
                         ('L', 0, 2**32 - 1), ('q', -2**63, 2**63 - 1), ('Q', 0, 2**64 - 1)]:
        vals = [lo, hi, 0, 1, lo // 3, hi // 7]
        fmt = order + code * len(vals)
        b = struct.pack(fmt, *vals)
        print(fmt, b.hex(), struct.unpack(fmt, b) == tuple(vals))
        for bad in (lo - 1, hi + 1):
            try:
                struct.pack(order + code, bad)
                print('no error', code, bad)
            except struct.error:
                pass

for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-5, 65504.0, 65519.0, 6.1e-5, 5.96e-8, 3e-8, 1e300, float('inf'), -float('inf')]:
    for code in 'edf':
        try:
            b = struct.pack('<' + code, x)
            print(code, x, b.hex(), struct.unpack('<' + code, b)[0])
        except OverflowError:
            print(code, x, 'OverflowError')
print(struct.unpack('<e', b'\x00\x7e')[0] != struct.unpack('<e', b'\x00\x7e')[0])
# native alignment
for fmt in ['@bh', '@bi', '@bq', '@hd', '@bhbi', '@3sI', '@?q', '@cH', '@bP', '@bn']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('@bi', 1, 2), struct.unpack('@bi', struct.pack('@bi', -1, -2)))
