# format() of numbers: every type code with sign, '#', '0', width, grouping and precision.
ints = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70, -(2**70)]
for n in ints:
    for spec in ["", "d", "+d", " d", ",", "_", "010,", "#x", "#X", "#o", "#b", "_x", "#010_b", "^15", "*<12",
                 "=+12", "e", ".3e", "f", ".2f", "g", "%", ".1%", "n", "08", "+#012x"]:
        print(repr(format(n, spec)))
floats = [0.0, -0.0, 1.5, -1.5, 0.1, 1e16, 1e-5, 123456.789, 1e300, 3.5, float("inf"), float("nan")]
for x in floats:
    for spec in ["", ".3", ".3g", "g", "e", "E", ".0e", "f", ".0f", "#.0f", "F", "%", "+", " ", "010.2f",
                 "012,.1f", "_.3f", "^12", "*>12.4", "=+14.3e", "#g", "#.3", ".17g", "n"]:
        print(repr(format(x, spec)))
for c in [1 + 2j, -1j, 0j, complex(-0.0, -1), 1.5e20 + 0.25j, complex(float("inf"), float("nan"))]:
    print(repr(c), format(c, ""), format(c, ".2f"), format(c, ">20"), format(c, "e"), format(c, "+.3g"))
print(format(65, "c"), format(True, ""), format(True, "d"), format(False, ">5"))
for bad in [(1.5, "d"), (5, ".2"), (5, ",x"), (1j, "010"), (7, "#c")]:
    try:
        format(*bad)
    except ValueError:
        print("ValueError", bad)
