# The gc module's functions, their argument errors (python3's words), and
# callbacks called with ("start"/"stop", info).
import gc

print(gc.garbage, gc.callbacks, type(gc.get_count()), len(gc.get_count()))
for f in (lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect("a"),
          lambda: gc.collect(1, 2), lambda: gc.collect(generation=5),
          lambda: gc.collect(gen=1), lambda: gc.collect(1.5),
          lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
          lambda: gc.set_threshold("a"), lambda: gc.set_threshold(x=1),
          lambda: gc.enable(1), lambda: gc.disable(1), lambda: gc.isenabled(x=1),
          lambda: gc.get_count(1), lambda: gc.get_threshold(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

seen = []


def cb(phase, info):
    seen.append((phase, sorted(info.items())))


gc.collect()
gc.callbacks.append(cb)
l = []
l.append(l)
del l
print(gc.collect(1))
gc.callbacks.remove(cb)
for s in seen:
    print(s)


def bad(phase, info):
    raise RuntimeError("callback " + phase)


gc.callbacks.append(bad)
print(gc.collect())
gc.callbacks.clear()
print("done")
