# await, async for and async with belong in an async def; yield from does not.
srcs = [
    "async def f(): await x",
    "await x",
    "def f(): await x",
    "class C:\n await x",
    "async def f():\n def g(): await x",
    "async def f():\n [await y for y in z]",
    "async def f():\n lambda: await x",
    "async def f(): yield",
    "async def f():\n async with a: pass",
    "async with a: pass",
    "async for x in y: pass",
    "def f():\n async for x in y: pass",
    "def f():\n async with x: pass",
    "async def f():\n async for x in y: pass",
    "async def f(): return 1",
    "async def f():\n yield from x",
    "async def f():\n def g(): yield from x",
    "a = [x async for x in y]",
    "async def f():\n a = [x async for x in y]",
    "def f():\n (await x for x in y)",
    "(x async for x in y)",
    "def f():\n {x: 1 async for x in y}",
    "async def f():\n [await x for x in y]",
    "async def f():\n [x for x in await y]",
    "async x",
    "async = 1",
    "await = 1",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError:
        print(repr(s), "SyntaxError")
