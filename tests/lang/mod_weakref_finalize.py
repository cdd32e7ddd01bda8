# weakref.finalize: the function runs once, at the first of the object's
# death, an explicit call, or exit; detach and peek hand back what it holds.
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name


def cleanup(*args, **kw):
    print("cleanup", args, sorted(kw.items()))
    return "done"


print("-- on the object's death")
r = Resource("a")
f = weakref.finalize(r, cleanup, "a", flag=1)
print(f.alive, f.atexit)
del r
print(f.alive, f())

print("-- called explicitly: once")
r = Resource("b")
f = weakref.finalize(r, cleanup, "b")
print(f(), f(), f.alive)
del r
print("nothing more for b")

print("-- detach and peek")
r = Resource("c")
f = weakref.finalize(r, cleanup, "c")
obj, func, args, kw = f.peek()
print(obj is r, func is cleanup, args, kw, f.alive)
obj, func, args, kw = f.detach()
print(obj is r, args, f.alive, f.detach(), f.peek())
del obj, r
print("detached: nothing for c")

print("-- in a collected cycle")
r = Resource("d")
r.me = r
f = weakref.finalize(r, cleanup, "d")
del r
gc.collect()
print(f.alive)

print("-- the finalizer must not keep its object alive")
r = Resource("e")
f = weakref.finalize(r, cleanup, "e")
f.atexit = False
print(f.atexit)
del r
print("-- at exit: pending ones run, newest first, unless atexit is off")
keep1, keep2, keep3 = Resource("x"), Resource("y"), Resource("z")
weakref.finalize(keep1, cleanup, "x at exit")
weakref.finalize(keep2, cleanup, "y at exit")
weakref.finalize(keep3, cleanup, "z never").atexit = False
try:
    weakref.finalize(1, cleanup)
except TypeError as e:
    print("TypeError:", e)
print("end of program")
