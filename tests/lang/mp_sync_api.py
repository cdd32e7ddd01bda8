# multiprocessing's locks and shared memory from one process: values, reprs and
# CPython's errors (Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event,
# Barrier, JoinableQueue, Value, RawValue, Array, RawArray).
import multiprocessing as mp
for f in [lambda: mp.Lock().release(), lambda: mp.RLock().release(), lambda: mp.Semaphore(-1), lambda: mp.BoundedSemaphore(1).release(),
          lambda: mp.Condition().wait(), lambda: mp.Condition().notify(), lambda: mp.Value('z', 1), lambda: mp.Array('i', -1),
          lambda: mp.Value('i', 1, 2), lambda: mp.Array('i', [1,2])[5], lambda: mp.JoinableQueue().task_done(),
          lambda: mp.Value('i', 'a')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
l = mp.Lock(); print(l); l.acquire(); print(l, l.acquire(False), l.acquire(timeout=0.01))
r = mp.RLock(); print(r); r.acquire(); r.acquire(); print(r)
s = mp.Semaphore(3); print(s, s.get_value()); s.acquire(); print(s)
b = mp.BoundedSemaphore(2); print(b)
v = mp.Value('i', 5); print(v, v.value, v.get_lock(), v.get_obj())
v = mp.Value('d'); print(v, v.value)
rv = mp.RawValue('i', 3); print(rv, rv.value)
a = mp.Array('i', [1,2,3]); print(len(a), a[:], a[1], a[-1], list(a), a[0:2])
a[0:2] = [7, 8]; print(a[:])
c = mp.Array('c', b'hello'); print(c.value, c.raw, c[:], c[0])
c.value = b'hi'; print(c.value, c.raw)
ra = mp.RawArray('d', 3); print(type(ra).__name__, ra[:])
e = mp.Event(); print(e.is_set()); e.set(); print(e.is_set(), e.wait(0))
bar = mp.Barrier(1); print(bar.wait(), bar.parties, bar.n_waiting, bar.broken)
jq = mp.JoinableQueue(); jq.put(1); print(jq.get()); jq.task_done(); jq.join(); print("joined")
cond = mp.Condition(); print(cond)
with cond: print(cond.wait(0.01), cond.wait_for(lambda: 5, 0))
print(mp.Value('c'), mp.Value('c').value, mp.Value('b', 3), mp.Value('q', 2**40).value, mp.Value('f', 0.1).value)
print(mp.Value('i', 2**31).value, mp.Value('B', -1).value)
print(mp.get_start_method())
