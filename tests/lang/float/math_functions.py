# math module functions (results rounded to 10 digits): those of the micro:bit firmware
import math
def r(x):
    return round(x, 10)
print(math.pi == 3.141592653589793, math.e == 2.718281828459045)
print(r(math.sqrt(2)), math.sqrt(16), r(math.exp(1)), r(math.log(10)), r(math.log(8, 2)), r(math.log(1000, 10)))
print(r(math.sin(math.pi / 6)), r(math.cos(math.pi / 3)), r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, -1)), r(math.atan2(-0.0, -1)))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(type(math.floor(2.5)).__name__, math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3))
print(math.pow(2, 10), r(math.degrees(math.pi)), r(math.radians(180)))
print(math.modf(2.5), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isinf(float("inf")), math.isnan(float("nan")), math.isfinite(1.5), math.isfinite(float("-inf")))
try:
    math.sqrt(-1)
except ValueError:
    print("ValueError sqrt")
try:
    math.log(0)
except ValueError:
    print("ValueError log")
# degrees() of a huge finite value is inf, no range error (as CPython)
print(math.degrees(1e308), math.degrees(-1e308), math.radians(1e308))
