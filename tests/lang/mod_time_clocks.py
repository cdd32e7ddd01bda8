# clock_gettime over any clock id, a thread's CPU clock, their errors.
import time, threading
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)
a = time.clock_gettime(time.CLOCK_MONOTONIC); b = time.monotonic(); print(abs(a - b) < 1)
print(type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_MONOTONIC) > 0)
cid = time.pthread_getcpuclockid(threading.get_ident())
x = 0
for i in range(200000): x += i
print(time.clock_gettime(cid) > 0, isinstance(cid, int))
for bad in (12345, "x"):
    try:
        time.clock_gettime(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
