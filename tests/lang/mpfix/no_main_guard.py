# Starts a process with no `if __name__ == '__main__':` guard: the spawned
# child imports this file again and must refuse to start its own.
import multiprocessing


def work():
    pass


p = multiprocessing.get_context('spawn').Process(target=work)
p.start()
p.join()
print('parent sees exit code', p.exitcode)
