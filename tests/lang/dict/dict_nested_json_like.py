# nested data structures like parsed JSON
config = {
    "device": {"name": "bit-1", "pins": [0, 1, 2], "flags": {"radio": True, "sound": False}},
    "users": [{"name": "ann", "score": 12}, {"name": "bob", "score": 30}],
}
print(config["device"]["flags"]["radio"], config["users"][1]["name"])
config["device"]["pins"].append(3)
config["users"].append({"name": "cy", "score": 21})
print(sorted(u["name"] for u in config["users"] if u["score"] > 15))
print(sum(u["score"] for u in config["users"]), len(config["device"]["pins"]))
def walk(obj, path=""):
    if isinstance(obj, dict):
        for k in obj:
            yield from walk(obj[k], path + "/" + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, path + "/" + str(i))
    else:
        yield path, obj
for p, v in walk(config):
    print(p, v)
