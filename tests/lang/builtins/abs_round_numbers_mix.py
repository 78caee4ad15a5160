# numeric builtins on mixed values
vals = [-3, 2.5, -2.5, 10 ** 20, -0.0, True, 7]
print([abs(v) for v in vals], [round(v) for v in vals], sum(vals), max(vals), min(vals))
print(divmod(-7, 2.0), pow(-8, 1 / 3) if False else "skip", int(-2.5), int(2.5), round(-2.5))
