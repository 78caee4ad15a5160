# math functions with exact results
import math
print(math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20 + 0.0) if False else 0, math.trunc(1e10))
print(math.sqrt(0), math.sqrt(1e10), math.fabs(-1e-3), math.copysign(1, -5), math.fmod(-10, 3))
print(math.factorial(0), math.factorial(20), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(2 ** 40, 6 ** 20))
print(math.isqrt(99) if hasattr(math, "isqrt") else 9, math.log(1), math.exp(0), math.pow(0, 0), math.pow(-2, 3))
print(math.frexp(0.0), math.frexp(-3.5), math.ldexp(3, -1), math.modf(-0.0), math.modf(5.0))
print(math.degrees(0), math.radians(0), math.hypot(5, 12), math.atan2(0, 1), math.erf(0) if hasattr(math, "erf") else 0.0)
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.isnan(0.0), math.floor(True), math.ceil(5))
try:
    math.factorial(-1)
except ValueError:
    print("ValueError")
