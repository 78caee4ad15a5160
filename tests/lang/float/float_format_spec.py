# format specs for floats
v = 1234.5678
for spec in ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^12.1f", "+.2f", " .2f", "010.2f", ",.2f", "_.1f",
             "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "#.0f", "#g", "n" if False else "g"]:
    print(repr(spec), format(v, spec), format(-v, spec), format(0.000123, spec), format(1e20, spec))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e-5, "g"), format(1e-4, "g"), format(1e16, "g"), format(123456789.0, "g"), format(0.0, "g"))
print("%.3f|%10.4f|%-10.1f|%+f|%e|%g|%G|%.0e" % (3.14159, 2.5, 7.25, 1.0, 12345.6789, 0.00001234, 1e-10, 5e5))
print("{:.2f} {:8.3f} {:<8.1f}| {:e} {:.1e}".format(1 / 3, 2 / 3, 1.25, 1 / 7, 123456.0))
