# eval/exec/compile take source as str, bytes or any bytes-like object (bytearray, memoryview).
print(eval(b"1 + 2"), eval(bytearray(b"3 * 4")), eval(memoryview(b"'ab' * 2")))
exec(b"print('exec bytes')")
exec(bytearray(b"x = 5\nprint('exec bytearray', x)"))
exec(memoryview(b"print('exec memoryview')")[:])
print(eval(memoryview(b"xx10 + 1")[2:]))
for bad in [1, None, [b"1"]]:
    try:
        eval(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
    try:
        exec(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
