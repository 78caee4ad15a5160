# json encoding of nested types and unicode, decoding of numbers
import json
print(json.dumps({"n": 1, "f": 1.5, "neg": -2, "big": 10 ** 20, "t": (1, 2), "s": "a\\b\tc"}))
print(json.loads("[1e3, -0.5, 10, 1.0, 1E-2]"), json.loads('{"a": {"b": {"c": []}}}'))
print(json.loads('"caf\\u00e9"') == "caf\xe9", json.loads("true"), json.loads("null") is None)
v = json.loads(json.dumps([[], {}, "", 0, None]))
print(v)
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__)
