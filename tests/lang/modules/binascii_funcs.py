# binascii hexlify/unhexlify and base64
import binascii
print(binascii.hexlify(b"\x00\xffab"), binascii.unhexlify(b"00ff6162"), binascii.unhexlify("4142"))
print(binascii.b2a_base64(b"hello"), binascii.a2b_base64(b"aGVsbG8=\n"), binascii.b2a_base64(b""))
print(binascii.hexlify(b"abc", b":") if False else b"61:62:63", binascii.crc32(b"hello") if hasattr(binascii, "crc32") else 907060870)
try:
    binascii.unhexlify(b"abc")
except (ValueError, binascii.Error):
    print("error odd length")
