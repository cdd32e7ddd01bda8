# multiprocessing's managers between processes, under fork and spawn: children
# fill a managed dict and list, update a Namespace and a Value under a managed
# Lock, report on a managed Queue; a type registered on a BaseManager subclass;
# a manager used after shutdown.
import multiprocessing as mp
from multiprocessing.managers import BaseManager


def work(d, l, ns, lock, q, v, i):
    d[i] = i * i
    l.append(i)
    with lock:
        ns.total = ns.total + i
        v.value += 1
    q.put(('done', i))


class Counter:
    def __init__(self, start):
        self.n = start

    def add(self, k):
        self.n += k
        return self.n

    def get(self):
        return self.n


class MyManager(BaseManager):
    pass


MyManager.register('Counter', Counter)


def bump(c, k):
    c.add(k)


def main(method):
    ctx = mp.get_context(method)
    with ctx.Manager() as m:
        d, l, ns, lock, q, v = m.dict(), m.list(), m.Namespace(total=0), m.Lock(), m.Queue(), m.Value('i', 0)
        ps = [ctx.Process(target=work, args=(d, l, ns, lock, q, v, i)) for i in range(4)]
        for p in ps:
            p.start()
        got = sorted(q.get(timeout=30) for _ in ps)
        for p in ps:
            p.join()
        print(method, sorted(d.items()), sorted(l), ns.total, v.value, got, [p.exitcode for p in ps])
        print(method, dict(d._getvalue()) == dict(d), len(d), 3 in d, d.get(9, 'none'))
        ev = m.Event()
        print(method, ev.is_set(), ev.wait(0.01))
    with MyManager() as mm:
        c = mm.Counter(10)
        ps = [ctx.Process(target=bump, args=(c, k)) for k in (1, 2, 3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(method, 'custom', c.get(), type(c).__name__)
    try:
        m.dict()
    except Exception as e:
        print(method, type(e).__name__)


if __name__ == '__main__':
    for method in ('fork', 'spawn'):
        main(method)
