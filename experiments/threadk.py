# threadk.py K TOTAL -- K threads share TOTAL countdown iterations (Skvortsov's
# scaling test).  With the work fixed, any growth of the time with K is the
# price of the GIL changing hands.
import sys
import threading
import time

# CPython 2.6 and 3.2 (the peers) have no perf_counter; time.time is their best clock.
clock = getattr(time, "perf_counter", time.time)


def count(n):
    while n > 0:
        n -= 1


def main():
    k = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 20000000
    if k < 1:
        print("threadk.py: K must be at least 1")
        sys.exit(2)
    share = total // k
    t0 = clock()
    threads = []
    for i in range(k):
        threads.append(threading.Thread(target=count, args=(share,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("metric k %d" % k)
    print("metric loop_s %.6f" % (clock() - t0))


main()
