# u-prefixed aliases exist in MicroPython; CPython lacks them, so this checks whichever name imports
try:
    import ustruct as struct
except ImportError:
    import struct
print(struct.pack("<H", 513), struct.calcsize("<HI"))
try:
    import ujson as json
except ImportError:
    import json
print(json.dumps([1, "a"]))
