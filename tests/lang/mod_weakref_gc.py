# Weakref callbacks: when the referent dies by its count or in a cycle the
# collector frees, every weakref is cleared before any callback runs,
# errors in callbacks are reported and swallowed, and the callback of a
# weakref that is garbage itself never runs.
import gc
import io
import re
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name


log = []


def note(label):
    return lambda wr: log.append((label, wr()))


def flush(title):
    print(title, log)
    log.clear()


print("-- by refcount: newest callback first, all cleared before the first")
n = Node("a")
refs = []
def check_all_dead(wr):
    log.append(("dead already", [r() for r in refs]))
refs.append(weakref.ref(n, note(1)))
refs.append(weakref.ref(n, note(2)))
refs.append(weakref.ref(n, check_all_dead))
plain = weakref.ref(n)
del n
flush("freed:")
print(plain(), [r() for r in refs], [r.__callback__ for r in refs])

print("-- the callback gets its own weakref")
n = Node("b")
got = []
r = weakref.ref(n, got.append)
del n
print(got[0] is r, got[0]())

print("-- __del__ runs first and still sees its weakrefs alive")
class WithDel:
    def __del__(self):
        log.append(("__del__", wd() is self))
w = WithDel()
wd = weakref.ref(w, note("cb"))
del w
flush("freed:")

print("-- an error in a callback is reported, the rest still run")
def bad(wr):
    raise ValueError("callback failed")
n = Node("c")
r1 = weakref.ref(n, note("after"))
r2 = weakref.ref(n, bad)
stderr, sys.stderr = sys.stderr, io.StringIO()
del n
report, sys.stderr = sys.stderr.getvalue().splitlines(), stderr
print(re.sub("0x[0-9a-f]+", "ADDR", report[0]))
print(report[-1])
flush("freed:")

print("-- a callback while an exception is being handled")
n = Node("d")
r = weakref.ref(n, note("during"))
try:
    raise KeyError("pending")
except KeyError as e:
    del n
    print("still handling", repr(e))
flush("freed:")

print("-- a cycle: cleared and called back by the collector")
gc.collect()
a, b = Node("x"), Node("y")
a.other, b.other = b, a
ra = weakref.ref(a, note("x"))
rb = weakref.ref(b)
del a, b
print("before collect:", ra() is not None, log)
print("found", gc.collect())
flush("collected:")
print(ra(), rb())

print("-- a weakref inside the garbage: its callback never runs")
c = Node("self")
c.me = c
c.ref = weakref.ref(c, note("never"))
c.ref_to_other = weakref.ref(Node, note("never either"))
del c
print("found", gc.collect())
flush("collected:")

print("-- a reachable weakref to garbage is cleared before __del__ runs")
class Finalized:
    def __del__(self):
        log.append(("__del__ sees", outside()))
f = Finalized()
f.me = f
outside = weakref.ref(f, note("outside"))
del f
gc.collect()
flush("collected:")

print("-- a plain weakref inside a cycle goes with it")
class Holder:
    pass
h = Holder()
h.me = h
h.ref = weakref.ref(h)
del h
print("found", gc.collect())

print("-- weakrefs to classes, functions, sets, generators in cycles")
def make():
    class Local:
        pass
    Local.me = Local
    def f():
        return f
    s = {1}
    def g():
        yield gen_self
    gen_self = g()
    return Local, f, frozenset(s), gen_self
objs = make()
refs = [weakref.ref(o, note(type(o).__name__)) for o in objs]
del objs
gc.collect()
print(sorted(label for label, _ in log), [r() for r in refs])
log.clear()
