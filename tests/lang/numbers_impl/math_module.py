# math and cmath: values, integer results, and CPython's domain/range errors.
import math, cmath
print(math.pi, math.e, math.tau, math.inf, math.nan)
for f in [math.sqrt, math.exp, math.log, math.log2, math.log10, math.sin, math.cos, math.tan, math.atan,
          math.sinh, math.cosh, math.tanh, math.asinh, math.fabs, math.erf, math.erfc, math.gamma, math.lgamma]:
    print(round(f(0.5), 13), round(f(2.0), 13))  # gamma: glibc and CPython differ in the last bit
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**30), type(math.floor(2.5)).__name__)
print(math.log(8, 2), math.log(10**400), math.pow(2, 10), math.fmod(-7, 3), math.modf(-2.5), math.frexp(12.0))
print(math.ldexp(0.75, 4), math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180), math.atan2(1, -1))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10))
print(math.gcd(12, 18), math.gcd(2**100, 6**50), math.factorial(25), math.comb(50, 7), math.perm(10, 3))
print(math.isqrt(10**40 + 1), math.prod([1, 2, 3, 4]), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
for f, x in [(math.sqrt, -1), (math.log, 0), (math.log, -1.0), (math.acos, 2), (math.exp, 1000),
             (math.factorial, -1), (math.gamma, 0), (math.atanh, 1)]:
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(cmath.sqrt(-1), cmath.exp(1j * math.pi).real, cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0))
print(cmath.log(-1), cmath.log10(100), cmath.isclose(1j, 1j), abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
print((2j) ** 2, (1 + 1j) ** 0.5, complex("1+2j"), complex("-j"), complex(" (3e2-4.5J) "), complex(1, 2).conjugate())
