# thread2.py N -- the threaded half of Beazley's study: two threads, each
# count(N), started together and joined.  Same work as thread1.py, so
# wall(thread2) / wall(thread1) is what the GIL costs.
import sys
import threading
import time

# CPython 2.6 and 3.2 (the peers) have no perf_counter; time.time is their best clock.
clock = getattr(time, "perf_counter", time.time)


def count(n):
    while n > 0:
        n -= 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000
    t0 = clock()
    a = threading.Thread(target=count, args=(n,))
    b = threading.Thread(target=count, args=(n,))
    a.start()
    b.start()
    a.join()
    b.join()
    print("metric loop_s %.6f" % (clock() - t0))


main()
