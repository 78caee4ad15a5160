# building dicts from parallel lists and back
keys = ["red", "green", "blue"]
vals = [(255, 0, 0), (0, 255, 0), (0, 0, 255)]
colors = dict(zip(keys, vals))
print(colors)
print(list(colors.keys()) == keys, list(colors.values()) == vals)
hexes = {k: "#%02x%02x%02x" % v for k, v in colors.items()}
print(hexes)
by_hex = {v: k for k, v in hexes.items()}
print(by_hex["#00ff00"])
