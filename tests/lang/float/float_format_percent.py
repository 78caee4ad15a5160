# old-style % formatting of floats
vals = [0.0, 1.0, -1.5, 3.14159265, 1e-7, 123456789.0, 2.5e10, -0.0001]
for v in vals:
    print("%f|%.2f|%10.3f|%-10.1f|%e|%.3e|%g|%.3g|%G|%+.1f" % (v, v, v, v, v, v, v, v, v, v))
