# Without MBPY_BYTEARRAY_METHODS (the device, as the original firmware): bytearray has append and extend
# only; its other methods are AttributeError there too. Items, slices, +, in, len and iteration stay.
b = bytearray(b"abc")
print(sorted(n for n in dir(b) if not n.startswith("_")))
for name in ["find", "split", "strip", "pop", "insert", "remove", "clear", "reverse", "copy", "startswith"]:
    try:
        getattr(b, name)
    except AttributeError as e:
        print("AttributeError:", e)
b.append(100)
b.extend(b"ef")
b[0] = 65
del b[1]
b[1:2] = b"XY"
print(b, len(b), b"d" in b, b + b"!", list(b[:2]), bytes(b).find(b"d"))
