# ThreadPoolExecutor: results in order, exceptions propagated, as_completed
# yields all, wait() by FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED,
# map with a raising function, shutdown(wait=True) joins the workers.
import concurrent.futures as cf
import threading
import time


def sq(x):
    time.sleep(0.001 * (x % 3))
    return x * x


def boom(x):
    if x == 3:
        raise ValueError('bad %d' % x)
    return x


with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix='w') as ex:
    fs = [ex.submit(sq, i) for i in range(10)]
    print([f.result() for f in fs])
    print(list(ex.map(sq, range(8))), list(ex.map(pow, [2, 3], [5, 2])))
    print(list(ex.map(sq, range(4), timeout=30)))
    print(sorted(f.result() for f in cf.as_completed(fs)))
    print(sorted(f.result() for f in cf.as_completed(fs + [ex.submit(sq, 11)], timeout=30)))
    try:
        for v in ex.map(boom, range(6)):
            print('got', v)
    except ValueError as e:
        print('ValueError', e)
    f = ex.submit(boom, 3)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    try:
        f.result()
    except ValueError as e:
        print('raised', e)
    ev = threading.Event()
    slow = ex.submit(ev.wait, 30)
    quick = ex.submit(sq, 5)
    done, not_done = cf.wait([slow, quick], return_when=cf.FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    try:
        slow.result(timeout=0.01)
    except cf.TimeoutError:
        print('result timeout')
    d, nd = cf.wait([slow], timeout=0.01)
    print('wait timeout', len(d), len(nd))
    try:
        for f in cf.as_completed([slow, quick], timeout=0.05):
            print('as_completed first', f.result())
    except cf.TimeoutError as e:
        print('as_completed timeout:', e)
    try:
        list(ex.map(ev.wait, [30], timeout=0.01))
    except cf.TimeoutError:
        print('map timeout')
    bad = ex.submit(boom, 3)
    d, nd = cf.wait([bad, ex.submit(ev.wait, 30)], return_when=cf.FIRST_EXCEPTION)
    print('first exception', bad in d, len(d) + len(nd))
    ev.set()
    print(slow.result())
    d, nd = cf.wait(fs, return_when=cf.ALL_COMPLETED)
    print(len(d), len(nd), type(d).__name__)
    print(sorted(set(t.name for t in ex._threads))[0], len(ex._threads) <= 4)
    try:
        cf.wait(fs, return_when='sometimes')
    except ValueError as e:
        print(e)

try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print(e)
print(all(not t.is_alive() for t in ex._threads))

res = []
lock = threading.Lock()


def slow_append(i):
    time.sleep(0.01)
    with lock:
        res.append(i)


ex = cf.ThreadPoolExecutor(2)
for i in range(6):
    ex.submit(slow_append, i)
ex.shutdown(wait=True)
print('shutdown joined', sorted(res), all(not t.is_alive() for t in ex._threads))
for bad in [lambda: cf.ThreadPoolExecutor(0), lambda: cf.ThreadPoolExecutor(1, initializer=5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
