# async with and async for driven manually
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *a):
        print("aexit")
class AIter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 3:
            raise StopAsyncIteration
        return self.n
async def main():
    async with ACM() as r:
        print("inside", r)
    total = 0
    async for v in AIter():
        total += v
    return total
try:
    main().send(None)
except StopIteration as e:
    print("total", e.value)
