# Without MBPY_ASYNC (the device, as the original firmware): every async form is a SyntaxError that says
# so, and there is no StopAsyncIteration.
import builtins

for src in (
    "async def f(): pass",
    "async for x in y: pass",
    "async with a: pass",
    "await x",
    "def f():\n    return await g()",
    "[x async for x in y]",
    "@d\nasync def f(): pass",
):
    try:
        exec(src)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), e.args[0])
print(hasattr(builtins, "StopAsyncIteration"))
async_ = 1  # names that only start with the keyword stay names
print(async_)
