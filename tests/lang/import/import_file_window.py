# A module imported from a file is compiled through a window on the file (128 bytes on mbpy, core/lexer.hpp),
# never read into the heap whole: tokens longer than the window (a docstring, a string), a long line of
# many tokens, and CR LF line ends and multi-byte characters at every offset of the window's edges.
import os
import sys

try:
    sys.dont_write_bytecode = True  # CPython: no __pycache__ in the test's folder
except AttributeError:
    pass

NAME = "_import_file_window_mod"
fh = open(NAME + ".py", "wb")


def line(text):
    fh.write(bytes(text, "utf-8"))
    fh.write(b"\r\n")


line('"""' + "the module's docstring, longer than the window\r\n" * 6 + '"""')
line("big = [" + ", ".join(str(i) for i in range(30)) + "]  # a long line of many tokens, longer than the window")
line("# a comment longer than the window " + "." * 150)
# Lines of growing length: their CR LF and their two-byte characters fall at every offset of the window.
line("n = 0")
for k in range(40):
    line("n += %d  # %s\u00e9" % (k, "x" * k))
line("v = 'a string token at some offset: %s\u00e9'" % ("x" * 100))
line("s = '''" + "a\\\r\nb" * 20 + "'''")
line("def f(a, b=1.5e3):\r\n    '''doc'''\r\n    return (a +\r\n            b)")
line("w = ['\u20ac\U0001d11e' * 3, 0xff if 1 else 2, 1e5]")
fh.close()
try:
    m = __import__(NAME)
finally:
    os.remove(NAME + ".py")
print(len(m.big), sum(m.big))
print(m.n, len(m.v), m.v[-3:-1], ord(m.v[-1]))
print(len(m.s), m.s[:6])
print(m.f(2), [ord(c) for c in m.w[0][:2]], len(m.w[0]), m.w[1:])
