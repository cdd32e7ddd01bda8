# multiprocessing.pool.ThreadPool and multiprocessing.dummy: the Pool API
# over threads, with lambdas and closures (nothing is pickled).
import threading
from multiprocessing.pool import ThreadPool
from multiprocessing import dummy
from multiprocessing.dummy import Pool as DummyPool

base = 10
with ThreadPool(3) as pool:
    print(pool.map(lambda x: x * x + base, range(8)))
    print(pool.apply(lambda a, b: a - b, (7, 2)))
    r = pool.apply_async(sum, ([1, 2, 3],))
    print(r.get(timeout=5), r.successful())
    print(sorted(pool.imap_unordered(lambda x: -x, range(5))))
    print(list(pool.imap(str, range(4), chunksize=2)))
    print(pool.starmap(pow, [(2, 3), (3, 2)]))
    got = []
    pool.map_async(abs, [-1, -2], callback=got.append).wait()
    print(got)
    try:
        pool.apply(lambda: 1 / 0)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    names = set(pool.map(lambda _: threading.current_thread() is threading.main_thread(), range(6)))
    print('ran off the main thread:', names == {False})

seen = []
lock = threading.Lock()


def init(tag):
    with lock:
        seen.append(tag)


p = DummyPool(2, initializer=init, initargs=('ready',))
print(p.map(len, ['a', 'bb', 'ccc']))
p.close()
p.join()
print(seen)
try:
    p.map(len, ['x'])
except ValueError as e:
    print('ValueError', e)

# the rest of the dummy API: threads that look like processes
q = dummy.Queue()
procs = [dummy.Process(target=lambda n=n: q.put(n * 10)) for n in range(3)]
for pr in procs:
    pr.start()
for pr in procs:
    pr.join()
print(sorted(q.get() for _ in range(3)), [pr.exitcode for pr in procs], dummy.active_children())
a, b = dummy.Pipe()
a.send({'k': [1, 2]})
print(b.poll(), b.recv(), b.poll(0.01))
v = dummy.Value('i', 5)
v.value += 1
print(v.value, list(dummy.Array('d', [1.5, 2.5])), dummy.Namespace(x=1, y='z'))
print(isinstance(dummy.current_process(), threading.Thread), dummy.Lock is threading.Lock)
