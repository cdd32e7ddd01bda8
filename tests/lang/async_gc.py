# Suspended async generators and coroutines in garbage cycles: the collector runs their finally blocks.
import gc
class Later:
    def __await__(self):
        yield "x"
async def agen(box):
    try:
        yield 1
        await Later()
        yield 2
    finally:
        print("agen finally")
box = []
g = agen(box)
box.append(g)
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
del g, step, box
gc.collect()
print("after collect")
async def coro(box):
    try:
        await Later()
    finally:
        print("coro finally")
b = []
c = coro(b); b.append(c)
c.send(None)
del c, b
gc.collect()
print("end")
