# integer format specs: fill, align, sign, #, 0, width, grouping, types
for v in (0, 7, -7, 255, -255, 123456789, 2 ** 40):
    print(format(v, "d"), format(v, "5d"), format(v, "<6d"), format(v, "^8"), format(v, "+d"), format(v, " d"),
          format(v, "x"), format(v, "#X"), format(v, "o"), format(v, "#o"), format(v, "b"), format(v, "#010b"),
          format(v, ","), format(v, "_"), format(v, "_x"), format(v, "08,d"), format(v, "=+10"), format(v, "c") if 0 <= v < 256 else "-",
          format(v, "e"), format(v, ".2f"), format(v, "%") if abs(v) < 1000 else "-", format(v, "n"))
