# gi_frame/cr_frame/ag_frame snapshots and inspect's generator states.
import asyncio
import inspect


def g(a):
    x = a + 1
    yield x
    y = 2
    yield y


it = g(1)
f = it.gi_frame
print(f.f_lineno, sorted(f.f_locals.items()), f.f_code.co_name)
print(inspect.getgeneratorstate(it))
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
print(inspect.getgeneratorstate(it))
next(it)
print(it.gi_frame.f_lineno, sorted(it.gi_frame.f_locals.items()))
print(list(it), it.gi_frame, inspect.getgeneratorstate(it))


def watcher():
    yield inspect.getgeneratorstate(w), w.gi_running, w.gi_frame is not None


w = watcher()
print(next(w))
closed = g(0)
closed.close()
print(closed.gi_frame, inspect.getgeneratorstate(closed))


async def c():
    await asyncio.sleep(0)


co = c()
print(co.cr_frame.f_code.co_name, inspect.getcoroutinestate(co))
co.close()
print(co.cr_frame, inspect.getcoroutinestate(co))


async def agen():
    yield 1


ag = agen()
print(ag.ag_frame.f_code.co_name, inspect.isasyncgen(ag), inspect.isasyncgen(g(0)))
