# format specs across ints, floats, strs; % formatting; nested f-string specs
vals = [0, 1, -1, 7, 255, -255, 10**6, 2**31, -2**40]
for spec in ["", "d", "5d", "<5d", "^7d", "+d", " d", "x", "#x", "X", "#o", "b", "#b", "08d", "_d", ",d", "e", ".2f", "%", "c" if False else "n", "=+8d", "*^9", "-x", "#010x"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(spec), out)
fvals = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e10, 1.5e-7, 123456.789, float("inf"), float("nan"), 2.5, 0.125]
for spec in ["", "f", ".0f", ".1f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.2f", "^10.2f", "+.1f", " .1f", ",.2f", "_.1f", "010.2f", "#.0f", "#g", ".0e", ".10g", "n"]:
    out = []
    for v in fvals:
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append("ValueError")
    print(repr(spec), out)
for spec in ["", "s", "10", "<10", ">10", "^10", "*^10", ".2", "10.2", "=<4"]:
    try:
        print(repr(spec), repr(format("héllo", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print("%s|%10s|%-10s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc", "abc"))
print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%e|%E|%f|%F|%g|%G|%%" % (42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 1234.5, 1234.5, 1.5, 1.5, 1e-5, 1e20))
print("%c|%r|%a|%5.2f|%-8.3e|%+.0f" % ("x", "q", "é", 3.14159, 1234.5678, 2.5))
print("%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.25})
print("{:{}{}{}}".format(3.14159, "^", 10, ".3f"), "{0:{1}}".format("x", 5), "{:{w}.{p}}".format(1.23456, w=8, p=3))
print("{0!r:^10}|{0!s:*>6}|{0!a}".format("é"))
print(f"{3.14159:{'.2f'}}", f"{'abc':{'^'}{7}}", f"{10:{'#'}x}", f"{ -5 :+}", f"{1e3:g}", f"{12345678:,}")
import math
print(f"{math.pi:.5f}", f"{math.e:10.3e}", f"{-math.inf}", f"{math.nan:f}", f"{1/3:.2%}", f"{2**0.5:.0f}")
