# A ProcessPoolExecutor future's exception carries the worker's traceback
# as its __cause__, a concurrent.futures.process._RemoteTraceback whose str
# is the formatted remote traceback (multiprocessing.Pool's own is
# pool.RemoteTraceback), as in python3.
import concurrent.futures as cf
import multiprocessing


def parse(text):
    return int(text)


if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        err = ex.submit(parse, 'seven').exception()
        cause = err.__cause__
        print(type(err).__name__, err)
        print(type(cause).__name__, type(cause).__module__)
        text = str(cause)
        print(text.startswith('\n"""\nTraceback (most recent call last):'),
              'in parse' in text, text.rstrip().endswith('"""'))
        print('ValueError: invalid literal' in cause.tb)
    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply(parse, ('x',))
        except ValueError as e:
            print('Pool:', type(e.__cause__).__name__, type(e.__cause__).__module__)
