import binascii
print(binascii.hexlify(b''), binascii.hexlify(b'\x00\x01\xfe\xff'), binascii.hexlify(b'abc', b'-'))
print(binascii.unhexlify(b'00ff10'), binascii.unhexlify('ABcd'))
for bad in [b'abc', b'zz']:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print('ValueError', e)
for data in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256))]:
    enc = binascii.b2a_base64(data)
    print(enc[:60], binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b'hi', newline=False))
print(binascii.a2b_base64(b'aGVs\nbG8='), binascii.a2b_base64('aGk='))
try:
    binascii.a2b_base64(b'aGVsb')
except ValueError:
    print('ValueError padding')
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'abc', 0xFFFFFFFF), binascii.crc32(bytes(1000)))
