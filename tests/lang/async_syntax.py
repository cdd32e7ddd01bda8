# Where async syntax is refused, with CPython's words and line.
cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async with a:\n        pass",
    "def f():\n    async for a in b:\n        pass",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    return [await x for x in y]",
    "def f():\n    return [x async for x in y]",
    "async def f():\n    lambda: await x",
    "class A:\n    await x",
    "async def f():\n    await = 3",
    "async x = 1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print(e.lineno, e.msg)

# What does compile, and the code flags it carries.
ns = {}
exec(compile("async def c():\n    return 1\nasync def g():\n    yield 1\n"
             "def plain():\n    return (await x for x in y)\n", "<ok>", "exec"), ns)
print(ns["c"].__code__.co_flags & 0x80, ns["g"].__code__.co_flags & 0x200)
coro = ns["c"]()
print(type(coro).__name__)
coro.close()
