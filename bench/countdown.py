# The issue-2 speed benchmark: count(10**7) twice.  Prints nanoseconds per
# loop iteration, timed inside the program so interpreter start-up is not in it.
import time

N = 10000000


def count(n):
    while n > 0:
        n -= 1


t0 = time.perf_counter()
count(N)
count(N)
t1 = time.perf_counter()
print("%.3f" % ((t1 - t0) * 1e9 / (2 * N)))
