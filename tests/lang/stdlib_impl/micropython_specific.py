# MicroPython-only behaviour (CPython differs by design): expected output in the .exp file.
import sys, io
print(sys.implementation.name, sys.implementation.version[0], sys.platform)
try:
    1 / 0
except ZeroDivisionError as e:
    buf = io.StringIO()
    sys.print_exception(e, buf)
    print(buf.getvalue().splitlines()[-1])
    sys.print_exception(e)
import utime, ustruct, ujson, ure, ucollections
print(utime.ticks_add(2**30 - 1, 2), utime.ticks_diff(1, 2**30 - 1), utime.ticks_diff(2**30 - 1, 1))
print(ustruct.pack('<h', 2), ujson.dumps({'a': 1}), ure.match('a+', 'aa').group())
print(type(ucollections.deque()), sys.modules['ujson'] is ujson)
import micropython
print(micropython.const(3) + 1)
try:
    ure.compile('(')
except ValueError:
    print('ValueError')
print(utime.localtime(0), utime.mktime((2000, 2, 29, 12, 30, 15, 0, 0)), utime.mktime(utime.gmtime(1700000000)))
print(utime.mktime((2023, 14, 1, 0, 0, 0, 0, 0)) == utime.mktime((2024, 2, 1, 0, 0, 0, 0, 0)))
