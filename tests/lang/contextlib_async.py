# contextlib.asynccontextmanager and AbstractAsyncContextManager under asyncio
import asyncio, contextlib
@contextlib.asynccontextmanager
async def res(name, log):
    log.append('open ' + name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        log.append('handled %r' % (e,))
    finally:
        log.append('close ' + name)
async def main():
    log = []
    async with res('a', log) as a, res('b', log) as b:
        log.append(a + b)
    async with res('c', log):
        raise KeyError('k')
    try:
        async with res('d', log):
            raise ValueError('v')
    except ValueError as e:
        log.append('outer %s' % e)
    @contextlib.asynccontextmanager
    async def noyield():
        if False: yield
    try:
        async with noyield(): pass
    except RuntimeError as e: log.append('RuntimeError %s' % e)
    @contextlib.asynccontextmanager
    async def twice():
        yield 1
        yield 2
    try:
        async with twice(): pass
    except RuntimeError as e: log.append('RuntimeError %s' % e)
    class Mgr(contextlib.AbstractAsyncContextManager):
        async def __aexit__(self, *a): log.append('aexit'); return None
    async with Mgr() as m: log.append(type(m).__name__)
    print(isinstance(Mgr(), contextlib.AbstractAsyncContextManager), res.__name__)
    return log
for line in asyncio.run(main()): print(line)
