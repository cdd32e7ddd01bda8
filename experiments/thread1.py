# thread1.py N — the sequential baseline of Beazley's GIL study: count(N) twice,
# one after the other, in the main thread.  Prints the loop time as a metric
# line so the runner can keep it beside gilvm's own wall time.
import sys
import time


def count(n):
    while n > 0:
        n -= 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000000
    t0 = time.perf_counter()
    count(n)
    count(n)
    print("metric loop_s %.6f" % (time.perf_counter() - t0))


main()
