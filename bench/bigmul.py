# Big-int multiplication (issue 14): (3**50000) * (7**50000), 79,000-bit by
# 140,000-bit operands.  Prints milliseconds per product, timed inside the
# program so start-up is not in it.
import time

a = 3 ** 50000
b = 7 ** 50000
REPS = 20
t0 = time.perf_counter()
for i in range(REPS):
    p = a * b
t1 = time.perf_counter()
print("%.3f" % ((t1 - t0) * 1e3 / REPS))
