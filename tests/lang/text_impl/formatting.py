# format(), str.format, f-strings and % formatting
print(format("abc", ">6"), format("abc", "^7"), format("abc", "*<6"), format("abc", ".2"), format("abc", "6.1"), format("é€", "·^6"), format("ab", "05"))
print(format(42), format(42, "d"), format(42, ">6"), format(42, "<6") + "|", format(42, "^6"), format(-42, "=8"), format(42, "+"), format(42, " "))
print(format(255, "x"), format(255, "#X"), format(255, "#o"), format(5, "#b"), format(1234567, ","), format(1234567, "_"), format(255, "08_x"))
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-0.0, ".1f"), format(-0.0001, "z.2f"), format(1e10, "e"), format(0.5, "%"), format(1234.5, ",.1f"))
print(format(True), format(True, "d"), format(None), format([1, 2]), format((1,), ""), format(2.5), format(1 + 2j) if True else "")
print("{}|{:5}|{:<5}|{:^5}|{:>5}|{:05}".format(7, 7, 7, 7, 7, 7))
print("{0} {1} {0}".format("x", "y"), "{a}{b}".format(a=1, b=2), "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}".format("z", 4) + "|", "{{}} {{{}}}".format(1), "{!r:>6}".format("a"), "{!a}".format("é"))
print("{0!s} {0!r}".format("s"), "{:,}".format(10**12), "{:x<4d}".format(5), "{:=+6d}".format(5), "{:#06x}".format(255), "{:.3s}".format("abcdef"))
class P:
    def __init__(self):
        self.x = 3
    def __format__(self, spec):
        return "P(" + spec + ")"
class Q:
    def __str__(self):
        return "q!"
print("{}".format(P()), "{:abc}".format(P()), f"{P():xyz}", format(Q()), "{}".format(Q()), "{0.x}".format(P()))
n, f, name = 42, 2.5, "bit"
print(f"{n}", f"{n!r}", f"{name!r:>6}", f"{f:.3f}", f"{n:{n}}" == " " * 40 + "42", f"{'q'}{n}{name}", f"{n:#x}", f"{[1, 2]}", f"{n=}" if False else "")
for bad in [lambda: "{".format(1), lambda: "}".format(1), lambda: "{0".format(1), lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2),
            lambda: "{x}".format(y=1), lambda: "{!z}".format(1), lambda: format("a", "d"), lambda: format("a", "+"), lambda: format("a", "="),
            lambda: format("a", ","), lambda: format(Q(), "5"), lambda: format(1, "."), lambda: format(1, "ss"),
            lambda: "{:#}".format("a"), lambda: "{0[}".format([1])]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError, KeyError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print("%s|%5s|%-5s|%.2s|%r|%a" % ("str", "ab", "ab", "xyz", "r", "é"))
print("%d %i %u %5d %-5d| %05d %+d % d %.3d %x %X %#x %o %#o" % (1, 2, 3, 4, 5, -6, 7, 8, 9, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G %F" % (1.5, 2.345, 3.14159, 2.5, 12345.678, 0.00012, 1e-7, 1e20, 1.0))
print("%c%c%c" % (72, "i", 0x20ac), "%%", "%s" % (1,), "%s" % [1, 2], "%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%*d|%-*d|%.*f" % (4, 1, 4, 2, 1, 3.14159))
print("%d" % 3.99, "%d" % True, "%s %s" % (None, True), "%x" % -255, "%5.1s|" % "abc", "%3c|" % "x", "%i" % -0.5, "%s" % "é€")
for bad in [lambda: "%d" % "a", lambda: "%x" % 1.5, lambda: "%f" % "a", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%(a)s" % 1,
            lambda: "%y" % 1, lambda: "%" % 1, lambda: "%c" % "ab", lambda: "%c" % 0x110000, lambda: "%*d" % ("a", 1), lambda: "%(a" % {"a": 1}]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
