# multiprocessing's fork start method: no main guard needed (nothing is
# imported again), targets need not pickle (a lambda), the child has the
# parent's objects as of start(); Process, Queue, Pipe, exit codes, Pool.
import multiprocessing as mp
import os
import signal
import sys
import time

mp.set_start_method('fork')
print(mp.get_start_method(), mp.get_context().get_start_method())
state = {'set before start': True}


def report(q, n):
    me = mp.current_process()
    q.put((n, n * n, me.name, mp.parent_process().name, state))


def square(x):
    return x * x


def worker_state():
    return sorted(state.items())


def fails(x):
    if x == 3:
        raise ValueError('three')
    return x


q = mp.Queue()
procs = [mp.Process(target=report, args=(q, i)) for i in range(3)]
for p in procs:
    p.start()
print(sorted(q.get(timeout=30) for _ in procs))
for p in procs:
    p.join()
print([(type(p).__name__, p.name, p.exitcode, p.is_alive()) for p in procs], mp.active_children())

ctx = mp.get_context('fork')
p = ctx.Process(target=lambda: sys.exit(7))
p.start()
p.join()
print(type(p).__name__, 'lambda target exit code', p.exitcode)

parent, child = ctx.Pipe()
p = ctx.Process(target=lambda: child.send(('from child', os.getppid() == parent_pid)))
parent_pid = os.getpid()
p.start()
print(parent.recv())
p.join()

p = ctx.Process(target=time.sleep, args=(30,))
p.start()
p.join(0.05)
print('alive after join timeout:', p.is_alive(), p.exitcode)
p.terminate()
p.join()
print('terminated:', p.exitcode == -signal.SIGTERM)

devnull = os.open(os.devnull, os.O_WRONLY)
saved = os.dup(2)
os.dup2(devnull, 2)          # the failing child's traceback
p = ctx.Process(target=fails, args=(3,))
p.start()
p.join()
os.dup2(saved, 2)
print('raising target exit code', p.exitcode)

with ctx.Pool(3) as pool:
    print(pool.map(square, range(10)))
    print(pool.apply(square, (12,)), pool.apply_async(square, (5,)).get(timeout=30))
    print(sorted(pool.imap_unordered(square, range(6))))
    try:
        pool.map(fails, range(5))
    except ValueError as e:
        print('ValueError from a worker:', e)

with mp.Pool(2, initializer=state.update, initargs=({'initialized': 1},)) as pool:
    print('worker state:', pool.apply(worker_state))
print('parent state unchanged:', state)
