# complex numbers when the build has them (mbpy host build does), else SKIP
try:
    import cmath
except ImportError:
    print("SKIP")
    raise SystemExit
z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, z + 1, (1 + 2j) * (3 - 1j))
print(round(cmath.phase(1j), 10), cmath.sqrt(-1), complex("1+2j") if False else (1 + 2j))
print(round(abs(cmath.exp(1j * cmath.pi) + 1), 10))
