# inf and nan everywhere
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), float("Infinity"), float("-INF"), float("NaN"))
print(inf + 1, inf - inf != inf - inf, inf * 0 != inf * 0, -inf < 0 < inf, inf == inf, nan == nan, nan != nan)
print(1 / inf, -1 / inf, inf > 10 ** 400, min(inf, 3), max(-inf, -3))
print(nan < 1, nan > 1, nan == nan, [nan] == [nan] if False else "skip")
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print("%f %e %g" % (inf, -inf, nan), "{:.2f}".format(inf), f"{nan:f}", f"{-inf:10}|")
try:
    int(inf)
except OverflowError:
    print("OverflowError")
try:
    round(nan)
except ValueError:
    print("ValueError")
print(round(inf, 2), round(nan, 2) != round(nan, 2))
