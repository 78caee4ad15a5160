# coroutines awaiting each other and exceptions through await
class Wait:
    def __await__(self):
        v = yield "tick"
        return v
async def child(fail):
    got = await Wait()
    if fail:
        raise ValueError("child failed")
    return got * 2
async def parent():
    out = []
    for fail in (False, True):
        try:
            out.append(await child(fail))
        except ValueError as e:
            out.append(str(e))
    return out
c = parent()
print(c.send(None))
print(c.send(5))
try:
    c.send(6)
except StopIteration as e:
    print(e.value)
print(type(c).__name__)
