# formatting: % / format / f-string corners
print("%d %i %u" % (3.9, -2, 5) if False else "%d %i" % (3, -2))
print("%5s|%-5s|%.2s" % ("abc", "abc", "abc"), "%+d % d" % (5, 5), "%#x %#o" % (255, 8))
print("%.3e %.0f %.1f %g %G" % (1234.5, 2.5, -0.05, 0.0001, 1e-10))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (1, (2,)), "%r" % (None,), "%a" % "é" if False else "")
print("%*d|%-*d" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
print("{:<10}|{:>10}|{:^10}|".format("left", "right", "mid"))
print("{:=+8d}|{:08d}|{:x<4d}".format(42, -42, 7))
print("{0:.3}|{0:.3f}|{0:.3e}|{0:.3g}|{0:.3%}".format(2.0 / 3))
print("{:,.2f}|{:_d}|{:_x}|{:,}".format(1234567.891, 1000000, 0xffffffff, -9876543))
print("{:n}|{:c}|{:o}|{:X}|{:#b}".format(1234, 65, 64, 3054, 5))
print("{!s:>5}|{!r:<6}|".format("a", "b"), "{0!r}".format("c"))
print("{a[0]}{b.real}".format(a=[9], b=3), "{0}{1}{0}".format("x", "y"), "{}".format({"k": 1}))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print("{:g} {:g} {:g} {:g} {:g}".format(100000.0, 1000000.0, 1e-4, 1e-5, 123.456789))
print("{:e} {:E} {:.0e}".format(0.0, 1e300, 5e-324))
print("{} {} {} {}".format(float("inf"), float("-inf"), float("nan"), -0.0))
print("{:5} {:<5} {:5}".format(1, 2, "s"), "{:>5}".format(True), "{:d}".format(True), "{}".format(True))
print("{:10.3f}|{:<10.3f}|{:+.1f}".format(3.14159, 2.71828, 1.05))
print(f"{'abc':.2}", f"{12:{'>'}{6}}", f"{3.5!s}", f"{[1,2]!r:>10}", f"{'x'*3}", f"{1 if True else 2}")
name = "Ann"; age = 9
print(f"{name} is {age} years old; next year {age + 1}.", f"{name!r:^9}", f"{age:03}", f"{age:b}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}', f"{len(d)}", f"{'{'}", f"{'}'}")
for bad in [lambda: "{:d}".format(1.5), lambda: "{:s}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{".format(), lambda: "{1}".format(0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
print("%s and %s" % ("a", "b"), "%(x)s%(x)s" % {"x": 1}, "%c" % 10004, "%5.1f%%" % 99.5)
print(str(1.0), str(1e16), str(1.5e-7), repr(0.1), str(100.0), str(1e15), str(123456789.123), 3.0 * 1.1)
print(format(1e16, "f"), format(2 ** 0.5, ".15f"), format(1 / 7, ".20f"))
print(format(123, "+"), format(-123, " "), format(123, "#o"), format(-1, "b"), format(255, "#X"))
