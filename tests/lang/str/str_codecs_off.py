# Without MBPY_STR_CODECS (the device, as the original firmware): str has no encode and bytes no decode;
# str(b, encoding) and bytes(s, encoding) take any encoding's name and keep the text's UTF-8, as the
# firmware's str(b, encoding) does. A str holds valid UTF-8, so other bytes are still a UnicodeError.
print(hasattr("a", "encode"), hasattr(b"a", "decode"), hasattr(bytearray(b"a"), "decode"))
for src in ["'a'.encode()", "b'a'.decode()", "bytearray(b'a').decode()"]:
    try:
        eval(src)
    except AttributeError as e:
        print("AttributeError:", e)
print(str(b"ab", "ascii"), str(b"\xc3\xa9", "latin-1") == "\u00e9", str(bytearray(b"ab"), "utf8"))
print(bytes("\u00e9", "latin-1"), bytes("ab", "ascii", "strict"), bytearray("\u20ac", "utf-8"))
for bad in [b"a\xffb", b"\xe2\x82"]:
    try:
        str(bad, "utf-8")
    except UnicodeError as e:
        print(isinstance(e, ValueError), e)
