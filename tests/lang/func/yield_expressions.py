# yield as an expression in various positions
def g():
    x = yield
    y = (yield x) + 1
    z = [(yield y), (yield "second")]
    yield z
it = g()
print(next(it))
print(it.send("sent-x"))
print(it.send(41))
print(it.send("a"))
print(it.send("b"))
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(next(e), e.send("p"), e.send("q"), e.send("r"))
