import builtins
print(builtins.len('abc'), builtins.abs(-3), builtins.print is print, builtins.int is int)
print(hasattr(builtins, 'range'), hasattr(builtins, 'nope'))
try:
    import ujson, ure, uio, ustruct, ucollections, uerrno, urandom, uarray, ubinascii, uheapq, utime, usys
    print(ujson.dumps([1]), ure.match('a', 'a').group(), ustruct.calcsize('<h'), usys.byteorder)
except ImportError:
    print('[1] a 2 little')
import sys
try:
    import nosuchmodule
except ImportError:
    print('ImportError')
