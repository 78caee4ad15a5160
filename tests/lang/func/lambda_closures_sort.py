# lambdas capturing variables used as sort keys and callbacks
people = [("ann", 31, "uk"), ("bob", 25, "fr"), ("cy", 31, "de"), ("dee", 19, "uk")]
for field in range(3):
    print(field, [p[0] for p in sorted(people, key=lambda p: p[field])])
handlers = {}
for name in ("start", "stop"):
    handlers[name] = lambda name=name: "handled " + name
print(handlers["start"](), handlers["stop"]())
adders = list(map(lambda n: (lambda x: x + n), range(3)))
print([a(10) for a in adders])
