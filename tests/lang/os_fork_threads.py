# os.fork while another thread runs: the child has only the forking thread,
# with the GIL, and can start and join new threads (the GIL was reset);
# threading sees only the current thread there; locks keep working.
import os
import sys
import threading
import time

stop = threading.Event()
started = threading.Event()


def spin():
    started.set()
    n = 0
    while not stop.is_set():
        n += 1


def child_main(report):
    out = []
    out.append('enumerate: %s' % [t.name for t in threading.enumerate()])
    out.append('active_count: %d' % threading.active_count())
    out.append('main_thread is current: %s' % (threading.main_thread() is threading.current_thread()))
    out.append('spinner alive: %s' % spinner.is_alive())
    with lock:
        out.append('lock taken and released')
    with rlock:
        with rlock:
            out.append('rlock taken twice')
    results = []
    guard = threading.Lock()

    def work(i):
        s = 0
        for k in range(30000):
            s += k * i
        with guard:
            results.append((i, s))

    workers = [threading.Thread(target=work, args=(i,), name='w%d' % i) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.append('results: %s' % sorted(results))
    out.append('after join: %d' % threading.active_count())
    ev = threading.Event()
    threading.Timer(0.01, ev.set).start()
    out.append('timer fired: %s' % ev.wait(10))
    os.write(report, ('\n'.join(out) + '\n').encode())


def run_child_and_report(label):
    r, w = os.pipe()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        try:
            child_main(w)
            code = 0
        except BaseException as e:
            os.write(w, ('child failed: %r\n' % (e,)).encode())
            code = 1
        os._exit(code)
    os.close(w)
    data = b''
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        data += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    print('--', label)
    sys.stdout.write(data.decode())
    print('child exit status:', os.WEXITSTATUS(status))


lock = threading.Lock()
rlock = threading.RLock()
spinner = threading.Thread(target=spin, name='spinner')
spinner.start()
started.wait()
run_child_and_report('fork from the main thread while a thread spins')

# Fork from a non-main thread: it becomes the child's main thread.
def forker():
    run_child_and_report('fork from a second thread')

f = threading.Thread(target=forker, name='forker')
f.start()
f.join()

print('parent: spinner alive:', spinner.is_alive())
stop.set()
spinner.join()
print('parent: active_count:', threading.active_count())
