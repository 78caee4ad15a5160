# string literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print("tab\there", "nl\\n", 'q\'uote', "q\"uote")
print("\x41\x42", "\101", "\u00e9", "\u20ac", "\U0001F600" == "\U0001f600")
print(r"raw\n\t", R"RAW\x", len(r"\\"))
print("a" "b" 'c')
print(b"bytes\x00\xff", rb"raw\b", br"\n")
print("multi\
line")
s = """line1
line2"""
print(s.split("\n"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" if False else "\xe9")
print(len("\u20ac"), len("\u20ac".encode()))
print("\a\b\f\v\0".encode())
