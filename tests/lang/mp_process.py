# multiprocessing.Process under spawn: arguments, Queue, SimpleQueue, Pipe,
# exit codes (a signal's negative), names, a failing child's stderr, and
# the bootstrapping refusal of a script without the main guard.
import multiprocessing as mp
import os
import queue
import signal
import subprocess
import sys
import time


def report(q, tag, n):
    me = mp.current_process()
    q.put((tag, n * 2, me.name, me.daemon, mp.parent_process().name))


def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(('echo', msg))
    conn.close()


def sleeper():
    time.sleep(30)


def feed(sq, items):
    for item in items:
        sq.put(item)


class Doubler(mp.Process):
    def __init__(self, q, n):
        super().__init__()
        self.q = q
        self.n = n

    def run(self):
        self.q.put(('run override', self.n * 2))


def run_fixture(name):
    r = subprocess.run([sys.executable, os.path.join('mpfix', name)],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = r.stderr.decode().splitlines()
    return r.returncode, r.stdout.decode().splitlines(), err


if __name__ == '__main__':
    mp.set_start_method('spawn')
    print(mp.get_start_method(), mp.current_process().name, mp.parent_process())
    q = mp.Queue()
    procs = [mp.Process(target=report, args=(q, 't%d' % i, i), name='worker-%d' % i) for i in range(3)]
    procs[2].daemon = True
    for p in procs:
        p.start()
    print(sorted(q.get(timeout=10) for _ in procs))
    for p in procs:
        p.join()
    print([(p.name, p.exitcode, p.is_alive()) for p in procs], mp.active_children())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print('Empty after timeout', q.empty())

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for msg in (1, 'two', [3, {'four': 4.0}]):
        parent.send(msg)
        print(parent.recv(), end=' ')
    parent.send(None)
    p.join()
    print(p.exitcode, parent.poll(0.01))

    sq = mp.SimpleQueue()
    p = mp.Process(target=feed, args=(sq, ['a', 'b', b'c' * 70000]))
    p.start()
    print(sq.get(), sq.get(), len(sq.get()), sq.empty())
    p.join()

    d = Doubler(q, 21)
    d.start()
    print(q.get(timeout=10))
    d.join()

    p = mp.Process(target=sleeper)
    p.start()
    print(p.is_alive(), p.exitcode)
    p.terminate()
    p.join(timeout=10)
    print(p.exitcode == -signal.SIGTERM, p.is_alive())
    p = mp.Process(target=sleeper)
    p.start()
    p.join(timeout=0.05)
    print('join timed out', p.exitcode)
    p.kill()
    p.join()
    print(p.exitcode == -signal.SIGKILL)

    rc, out, err = run_fixture('child_raises.py')
    print(rc, out)
    print([line for line in err if not line.startswith(' ')])
    rc, out, err = run_fixture('no_main_guard.py')
    print(rc, out)
    print([line.strip() for line in err if 'bootstrapping' in line])
    print(type(mp.cpu_count()).__name__, mp.cpu_count() >= 1)
    q.close()
    sq.close()
    parent.close()
    child.close()
