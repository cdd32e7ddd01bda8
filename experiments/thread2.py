# thread2.py N — the threaded half of Beazley's study: two threads, each
# count(N), started together and joined.  Same work as thread1.py, so
# wall(thread2) / wall(thread1) is what the GIL costs.
import sys
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000
    t0 = time.perf_counter()
    a = threading.Thread(target=count, args=(n,))
    b = threading.Thread(target=count, args=(n,))
    a.start()
    b.start()
    a.join()
    b.join()
    print("metric loop_s %.6f" % (time.perf_counter() - t0))


main()
