# A child Process whose target raises, and one that exits with sys.exit.
import multiprocessing
import sys


def fail():
    raise ValueError('boom in child')


def leave(code):
    sys.exit(code)


if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    for target, args in ((fail, ()), (leave, (3,)), (leave, ('a message',))):
        p = multiprocessing.Process(target=target, args=args)
        p.start()
        p.join()
        print(p.name, p.exitcode)
