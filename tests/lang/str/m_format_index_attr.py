# field names with indexes, keys and attributes, auto numbering
import math
data = {"name": "bit", "pins": [0, 1, 2]}
print("{0[name]} has {0[pins][2]} pins".format(data))
print("{m.pi:.4f} {m.e:.3f}".format(m=math))
print("{} {} {}".format(*"abc"), "{2}{1}{0}".format(*"abc"))
print("{a}{b}{a}".format(a="x", b="y"), "{0!r:>6}".format("q"))
print("{:%}".format(0.25), "{:.0%}".format(1 / 3))
