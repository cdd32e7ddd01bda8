# ProcessPoolExecutor: calls pickled to spawned worker processes; values,
# exceptions and map's order come back as python3's.
import concurrent.futures as cf
import multiprocessing


def cube(x):
    return x ** 3


def fails(x):
    raise KeyError(x)


if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(ex.submit(cube, 3).result())
        print(list(ex.map(cube, range(6))))
        f = ex.submit(fails, 'k')
        print(type(f.exception()).__name__, f.exception())
        try:
            f.result()
        except KeyError as e:
            print('raised KeyError', e)
        print(sorted(fu.result() for fu in cf.as_completed([ex.submit(cube, i) for i in range(4)])))
    try:
        ex.submit(cube, 1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        cf.ProcessPoolExecutor(0)
    except ValueError as e:
        print('ValueError:', e)
