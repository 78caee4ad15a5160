# closures created in loops: late binding vs default capture vs factory
def make():
    late, early, fact = [], [], []
    for i in range(3):
        late.append(lambda: i)
        early.append(lambda i=i: i)
        fact.append((lambda j: lambda: j)(i))
    return [f() for f in late], [f() for f in early], [f() for f in fact]
print(make())
def counter_factory():
    counters = {}
    def get(name):
        if name not in counters:
            n = [0]
            def inc():
                n[0] += 1
                return n[0]
            counters[name] = inc
        return counters[name]
    return get
get = counter_factory()
get("a")(); get("a")(); get("b")()
print(get("a")(), get("b")())
