# printf-style % formatting
print("%s %s" % ("a", 1), "%r" % "q", "%d%%" % 50, "%5d|%-5d|%05d" % (42, 42, 42), "%x %X %o" % (255, 255, 8))
print("%#x %#o %+d % d" % (255, 8, 5, 5), "%c%c" % (72, "i"), "%.2s" % "abcdef", "%10s|%-10s|" % ("r", "l"))
print("%(name)s is %(age)d" % {"name": "Bit", "age": 7}, "%s" % (1, ) , "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%i %u" % (3, 4) if False else "%i" % 3, "%e" % 1234.5, "%g %g" % (0.00001, 123456789))
print("%3c|" % "x", "%%", "%s %s" % (None, True), "%d" % 3.99, "%d" % True, "%.3d" % 5)
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
