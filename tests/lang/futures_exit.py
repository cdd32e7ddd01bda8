# Work submitted without shutdown() still runs: at exit the pool's workers
# finish the queue and are joined (daemon threads joined at exit, as in 3.8).
import concurrent.futures as cf
import threading

ex = cf.ThreadPoolExecutor(1)
main_done = threading.Event()


def late(i):
    main_done.wait()
    print('ran', i)


for i in range(3):
    ex.submit(late, i)
print(len(ex._threads))


def init(tag):
    print('init', tag, threading.current_thread().name.startswith('p_'))


with cf.ThreadPoolExecutor(1, thread_name_prefix='p', initializer=init, initargs=('x',)) as p:
    print(p.submit(sum, [1, 2]).result())

# An executor dropped without shutdown: its worker ends once the queue is done.
dropped = cf.ThreadPoolExecutor(1)
f = dropped.submit(lambda: 'dropped ok')
worker = list(dropped._threads)[0]
del dropped
print(f.result())
worker.join(30)
print('dropped worker ended', not worker.is_alive())
print('main done')
main_done.set()
