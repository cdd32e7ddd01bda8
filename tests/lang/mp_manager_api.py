# multiprocessing's managers in one process: proxies of dict, list, Namespace,
# Value, Queue, Lock, Array, Event, Condition and Barrier; their str, errors
# and copies.
import multiprocessing as mp
m = mp.Manager()
d = m.dict(a=1); l = m.list([1,2]); ns = m.Namespace(x=1); v = m.Value('i', 3); q = m.Queue(); lk = m.Lock(); a = m.Array('i', [1,2])
print(type(d).__name__, str(d), d.keys(), type(d.keys()), d.items(), list(d), len(d), 'a' in d)
print(type(l).__name__, str(l), l[0], l[:], len(l))
l += [3]; print(l, type(l).__name__); l2 = l + [4]; print(type(l2), l2)
print(ns, ns.x); ns.y = 2; print(ns)
print(v, v.value); v.value = 5; print(v.value, repr(v)[:20])
q.put(1); print(q.get(), q.qsize(), q.empty())
print(lk.acquire(), lk.release(), repr(lk)[:14])
with lk: print("locked")
print(a[:], len(a), type(a).__name__)
print(repr(d)[:30])
try: d['zz']
except KeyError as e: print('KeyError', e)
try: l[10]
except IndexError as e: print('IndexError', e)
print(type(m).__name__, m.address is not None)
ev = m.Event(); ev.set(); print(ev.is_set())
c = m.Condition()
with c: print(c.wait(0.01))
b = m.Barrier(1); print(b.wait(), b.parties)
print(d._getvalue(), l._getvalue())
m.shutdown()
