# multiprocessing.Pool under spawn: every way of submitting work, results in
# order, a worker's exception re-raised in the parent, timeouts, callbacks.
import multiprocessing as mp
import time


def square(x):
    return x * x


def add(a, b=0):
    return a + b


def fail_on(x):
    if x == 5:
        raise ValueError('worker failed on %d' % x)
    return x


def nap(t):
    time.sleep(t)
    return t


def where(_):
    return mp.current_process().name.startswith('SpawnPoolWorker')


def set_base(n):
    global BASE
    BASE = n


def plus_base(x):
    return BASE + x


if __name__ == '__main__':
    mp.set_start_method('spawn')
    with mp.Pool(processes=2) as pool:
        print(pool.map(square, range(12)))
        print(pool.map(square, [], chunksize=3), pool.map(square, range(7), chunksize=3))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(pool.apply(add, (1,), {'b': 41}))
        r = pool.apply_async(square, (9,))
        print(r.get(timeout=10), r.ready(), r.successful())
        m = pool.map_async(square, range(4))
        m.wait(10)
        print(m.ready(), m.get())
        print(list(pool.imap(square, range(6), chunksize=2)))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(all(pool.map(where, range(4))))
        got = []
        pool.apply_async(add, (2, 3), callback=got.append).wait(10)
        errs = []
        pool.apply_async(fail_on, (5,), error_callback=errs.append).wait(10)
        print(got, [(type(e).__name__, str(e)) for e in errs])
        for call in (lambda: pool.map(fail_on, range(10)), lambda: pool.apply(fail_on, (5,))):
            try:
                call()
            except ValueError as e:
                print('ValueError:', e)
        it = pool.imap(fail_on, range(8))
        try:
            print([next(it) for _ in range(8)])
        except ValueError as e:
            print('imap ValueError:', e)
        slow = pool.apply_async(nap, (0.5,))
        try:
            slow.get(timeout=0.01)
        except mp.TimeoutError:
            print('TimeoutError', slow.ready())
        try:
            slow.successful()
        except ValueError:
            print('successful() before ready: ValueError')
        print(slow.get(timeout=10))
    pool = mp.Pool(2, initializer=set_base, initargs=(100,), maxtasksperchild=1)
    print(pool.map(plus_base, range(5), chunksize=1))
    pool.close()
    pool.join()
    for bad in (lambda: pool.map(square, [1]), lambda: mp.Pool(0)):
        try:
            bad()
        except ValueError as e:
            print('ValueError:', e)
