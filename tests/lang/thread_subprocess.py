# Threads start processes at once: fork in a multi-threaded VM (the child
# only execs), each thread's communicate and wait releasing the GIL while
# the others run Python.
import subprocess
import sys
import threading

results = {}


def worker(n):
    for i in range(3):
        r = subprocess.run([sys.executable, '-c', 'import sys; print(sys.stdin.read() * 2)'],
                           input='%d.%d ' % (n, i), capture_output=True, text=True)
        results[n, i] = (r.stdout, r.returncode)


def spinner(stop):
    while not stop.is_set():
        sum(range(100))


stop = threading.Event()
spin = threading.Thread(target=spinner, args=(stop,))
spin.start()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
stop.set()
spin.join()
for key in sorted(results):
    print(key, results[key])
