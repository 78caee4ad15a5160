import io
s = io.StringIO()
print(s.write('hello\n'), s.write('wörld\nlast'))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
s = io.StringIO('initial')
print(repr(s.read(2)), s.tell())
s.write('XY')
print(repr(s.getvalue()))
with io.StringIO('ctx') as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
b = io.BytesIO(b'abc')
print(b.read(1), b.read(), b.tell())
b.write(b'def')
print(b.getvalue())
b.seek(10)
b.write(b'!')
print(b.getvalue(), b.seek(-2, 2), b.read())
b.seek(1)
b.write(bytearray(b'ZZ'))
print(b.getvalue())
try:
    io.StringIO().write(b'x')
except TypeError:
    print('TypeError str')
try:
    io.BytesIO().write('x')
except TypeError:
    print('TypeError bytes')
print(io.BytesIO(b'l1\nl2\n').readlines())
print(repr(io.StringIO('').read()), repr(io.StringIO('a\n').readline(1)))
