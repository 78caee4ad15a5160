# math's special functions and CPython's additions (results rounded to 10 digits): not in the micro:bit
# firmware (MBPY_MATH_SPECIAL, MBPY_MATH_EXTRA)
import math
def r(x):
    return round(x, 10)
print(r(math.log10(1000)), r(math.log2(1024)), r(math.log1p(1e-3)), r(math.expm1(1e-3)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
print(r(math.erf(0.5)), r(math.erfc(0.5)), r(math.gamma(4.5)), r(math.lgamma(4.5)))
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.tau == 2 * math.pi)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.gcd(12, 18), math.factorial(10))
print(math.inf, math.isnan(math.nan), math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.prod([1, 2, 3]))
# lgamma at the infinities is inf (not a pole); gamma(-inf) is a domain error
print(math.lgamma(float("-inf")), math.lgamma(float("inf")))
try:
    math.gamma(float("-inf"))
except ValueError:
    print("ValueError gamma(-inf)")
