# The device's str, bytes and bytearray (MBPY_STR_METHODS_EXTRA off): the methods of the v1 firmware's str
# only; the others are an AttributeError, as there (the .exp is the firmware's output)
extra = ["capitalize", "casefold", "center", "expandtabs", "format_map", "isalnum", "isascii", "isdecimal",
         "isidentifier", "isnumeric", "isprintable", "istitle", "ljust", "maketrans", "partition", "removeprefix",
         "removesuffix", "rjust", "rpartition", "splitlines", "swapcase", "title", "translate", "zfill"]
print([m for m in extra if hasattr(str, m) or hasattr("a", m) or hasattr(b"a", m)])
print([m for m in sorted(dir(str)) if not m.startswith("_") and m != "encode"])
for src in ["'ab'.center(6)", "'a,b'.partition(',')", "b'ab'.zfill(4)", "'x'.title()", "str.maketrans('a', 'b')"]:
    try:
        print(eval(src))
    except AttributeError as e:
        print("AttributeError:", e)
print("a,b".split(","), "ab".upper(), " x ".strip(), "abcab".rfind("b"), "x".join(["1", "2"]))
print(b"a,b".split(b","), b"ab".upper(), b" x ".strip(), b"abcab".count(b"b"), b"-".join([b"1", b"2"]))
