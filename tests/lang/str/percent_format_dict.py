# % formatting with mapping keys and mixed types
rec = {"name": "Bit", "score": 42, "ratio": 0.8765}
print("%(name)s scored %(score)d (%(ratio).1f%%)" % rec)
print("%(score)05d|%(name)-6s|%(ratio)e" % rec)
print("%s" % "single", "%s %s" % ("tu", "ple"), "%s" % [["nested"]])
print("%-5s|%5s|" % ("ab", "cd"), "%.3s|" % "abcdef", "%5.1s|" % "xyz")
print("%x|%X|%#X|%o|%#o" % (3054, 3054, 3054, 64, 64))
print("%5.2f%%" % 99.555, "%+.0f" % 2.5, "%+.0f" % 3.5, "%.2e" % 0.000123456)
