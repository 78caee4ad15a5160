# json dumps/loads round trips
import json
print(json.dumps([1, 2.5, "s", None, True, False]), json.dumps({"a": [1, {"b": None}]}), json.dumps("q\"uote\n"))
print(json.dumps(1), json.dumps("\u20ac") if False else '"\\u20ac"', json.dumps([]), json.dumps({}))
print(json.loads("[1, 2.5, \"x\", null, true, false]"), json.loads('{"k": {"n": [1]}}'), json.loads(" 42 "), json.loads('"\\u00e9"'))
data = {"name": "micro:bit", "leds": [[0, 9], [9, 0]], "ok": True}
s = json.dumps(data)
print(s, json.loads(s) == data)
print(json.dumps({"x": 1}, separators=(",", ":")))
for bad in ["[1,", "{'a': 1}", "tru", ""]:
    try:
        json.loads(bad)
    except ValueError:
        print("ValueError", repr(bad))
