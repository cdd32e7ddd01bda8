# The reprs of threading's Event, Semaphore, BoundedSemaphore and Barrier
# name the class with its module, as python3's (3.9+) do:
# <threading.Event at 0x...: set>, <__main__.Gate at 0x...: unset>.
import re
import threading


def show(obj):
    print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(obj)))


class Gate(threading.Event):
    pass


ev = threading.Event()
show(ev)
ev.set()
show(ev)
show(Gate())
sem = threading.Semaphore(2)
sem.acquire()
show(sem)
bsem = threading.BoundedSemaphore(3)
bsem.acquire()
show(bsem)
bar = threading.Barrier(2)
show(bar)
bar.abort()
show(bar)
ev = sem = bsem = bar = None
