# async def / await driven by hand (no event loop)
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "suspend"
        return self.v

async def add(a, b):
    x = await Ready(a)
    y = await Ready(b)
    return x + y

async def main():
    r = await add(1, 2)
    s = await add(r, 10)
    return [r, s]

coro = main()
steps = 0
try:
    while True:
        v = coro.send(None)
        steps += 1
except StopIteration as e:
    print("result", e.value, "steps", steps)

async def noawait():
    return 5
c = noawait()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
