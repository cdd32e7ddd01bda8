# async def, await, async with and async for, async comprehensions and generators.
async def f(a, m, it):
    x = await a
    async with m as v:
        pass
    async for i in it:
        print(i)
    else:
        print("e")
    return x
async def g(it):
    r = [await x async for x in it if x]
    s = {y for y in it}
    async with a, b as c:
        return 5
    for i in z:
        async with q:
            break
    return [await z for z in it]
async def ag(n):
    for i in range(n):
        yield i
        await z
async def h():
    g = (x async for x in ag(3))
    k = (await x for x in y)
    return [i async for i in ag(2)], {i: j async for i, j in q}
def plain_gen():
    return (await x for x in y)
