# multiprocessing's locks and shared memory between processes, under fork and
# spawn: a counter bumped under its lock, an array filled by children, Event,
# Condition.wait_for, Barrier, JoinableQueue.join, a BoundedSemaphore's limit.
import multiprocessing as mp, sys, time

def bump(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1

def fill(a, k):
    a[k] = k * k

def waiter(e, out):
    out.put(e.wait(30))

def cond_waiter(c, flag, out):
    with c:
        ok = c.wait_for(lambda: flag.value == 1, 30)
    out.put(ok)

def at_barrier(b, out):
    out.put(b.wait(30) >= 0)

def consume(q, total):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        with total.get_lock():
            total.value += item
        q.task_done()

def limited(sem, active, peak):
    with sem:
        with active.get_lock():
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.02)
        with active.get_lock():
            active.value -= 1

def main(method):
    ctx = mp.get_context(method)
    v = ctx.Value('i', 0)
    ps = [ctx.Process(target=bump, args=(v, 300)) for _ in range(4)]
    [p.start() for p in ps]; [p.join() for p in ps]
    print(method, 'counter', v.value)
    a = ctx.Array('i', 5)
    ps = [ctx.Process(target=fill, args=(a, k)) for k in range(5)]
    [p.start() for p in ps]; [p.join() for p in ps]
    print(method, 'array', a[:])
    e, out = ctx.Event(), ctx.Queue()
    ps = [ctx.Process(target=waiter, args=(e, out)) for _ in range(3)]
    [p.start() for p in ps]
    e.set()
    print(method, 'event', [out.get(timeout=30) for _ in ps]); [p.join() for p in ps]
    c, flag = ctx.Condition(), ctx.Value('i', 0)
    ps = [ctx.Process(target=cond_waiter, args=(c, flag, out)) for _ in range(3)]
    [p.start() for p in ps]
    time.sleep(0.05)
    with c:
        flag.value = 1
        c.notify_all()
    print(method, 'condition', [out.get(timeout=30) for _ in ps]); [p.join() for p in ps]
    b = ctx.Barrier(3)
    ps = [ctx.Process(target=at_barrier, args=(b, out)) for _ in range(3)]
    [p.start() for p in ps]
    print(method, 'barrier', [out.get(timeout=30) for _ in ps]); [p.join() for p in ps]
    q, total = ctx.JoinableQueue(), ctx.Value('q', 0)
    ps = [ctx.Process(target=consume, args=(q, total)) for _ in range(2)]
    [p.start() for p in ps]
    for i in range(100):
        q.put(i)
    q.join()
    print(method, 'joinable', total.value)
    for _ in ps:
        q.put(None)
    [p.join() for p in ps]
    sem, active, peak = ctx.BoundedSemaphore(2), ctx.Value('i', 0), ctx.Value('i', 0)
    ps = [ctx.Process(target=limited, args=(sem, active, peak)) for _ in range(5)]
    [p.start() for p in ps]; [p.join() for p in ps]
    print(method, 'semaphore', 1 <= peak.value <= 2, sem.get_value(), [p.exitcode for p in ps])

if __name__ == '__main__':
    for m in ('fork', 'spawn'):
        main(m)
