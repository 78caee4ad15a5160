# int() of every literal form and base, of bytes-like objects, floats and bad input.
def t(*a, **k):
    try:
        print(repr(int(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(a)[:40])
for s in ['0','-0','+5',' 7 ','1_000','1__0','_1','1_','0x1f','0X1F','0o17','0O17','0b101','0B101','017','00','0_0','  -0x10  ','12\n','\t3','1e3','1.0','','-','0x','9'*30]:
    t(s)
    t(s, 0)
for s, b in [('0x1f',16),('1f',16),('0o17',8),('17',8),('0b1',2),('z',36),('Z',36),('10',37),('10',1),('10',-1),('0x10',0),('0b1',16),('0b',16),('1_0',10),('0_7',0),('07',0),('0',0),('000',0),('-0b1_0',0),('g',16),('  11  ',2)]:
    t(s, b)
t(b'12')
t(b'0x1f', 16)
t(bytearray(b' 3 '))
t(3.9)
t(-3.9)
t(float('inf'))
t(float('nan'))
t(True)
t('12', base=10)
t(x='12')
t()
t(12, 10)
t(b'\xff')
t('1'*40, 2)
t('zz', 36)
t(memoryview(b'5'))
print(int('  -123_456  '))
print(0x_1f, 0o_17, 0b_1, 1_0)
