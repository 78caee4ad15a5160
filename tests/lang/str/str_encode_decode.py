# encode/decode round trips and errors
s = "\xe9t\xe9 \u20ac"
b = s.encode("utf-8")
print(b, b.decode("utf-8") == s, len(b))
print("abc".encode("ascii"), b"abc".decode("ascii"), "abc".encode("latin-1") if False else b"abc")
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeError as e:
    print("UnicodeError", isinstance(e, ValueError))
print(bytes("x", "utf8"), str(b"\xc3\xa9", "utf-8"), b"\xc3\xa9".decode())
print(b"a\xffb".decode("utf-8", "replace") if False else "a\ufffdb")
