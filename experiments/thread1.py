# thread1.py N -- the sequential baseline of Beazley's GIL study: count(N) twice,
# one after the other, in the main thread.  Prints the loop time as a metric
# line so the runner can keep it beside gilvm's own wall time.
import sys
import time

# CPython 2.6 and 3.2 (the peers) have no perf_counter; time.time is their best clock.
clock = getattr(time, "perf_counter", time.time)


def count(n):
    while n > 0:
        n -= 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000
    t0 = clock()
    count(n)
    count(n)
    print("metric loop_s %.6f" % (clock() - t0))


main()
