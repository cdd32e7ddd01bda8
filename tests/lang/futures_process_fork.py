# ProcessPoolExecutor takes any multiprocessing context, as python3's does:
# with 'fork' the workers inherit the parent's state as it was when the
# pool started (here a table filled after import), with 'spawn' they
# re-import the main module instead.
import concurrent.futures as cf
import multiprocessing
import os

TABLE = {}


def lookup(key):
    return key, TABLE.get(key, 'missing'), os.getpid() != PARENT


def square(x):
    return x * x


PARENT = os.getpid()

if __name__ == '__main__':
    TABLE.update(a=1, b=2)
    for method in ('fork', 'spawn'):
        ctx = multiprocessing.get_context(method)
        with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            print(method, list(ex.map(lookup, ['a', 'b'])))
            print(method, sorted(f.result() for f in
                                 cf.as_completed([ex.submit(square, i) for i in range(4)])))
