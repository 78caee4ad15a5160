# Without MBPY_BYTES_HEX (the device, as the original firmware): bytes and bytearray have no hex and no
# fromhex (AttributeError there too); the hex builtin and binascii-free ways to write hex still work.
print(hasattr(b"a", "hex"), hasattr(bytes, "fromhex"), hasattr(bytearray(b"a"), "hex"), hasattr(bytearray, "fromhex"))
for src in ["b'ab'.hex()", "bytes.fromhex('0102')", "bytearray(b'ab').hex()", "bytearray.fromhex('01')"]:
    try:
        eval(src)
    except AttributeError as e:
        print("AttributeError:", e)
print(hex(255), "".join("%02x" % c for c in b"\x00\xab\xff"), bytes(int(h, 16) for h in ["01", "fe"]))
