# time.time, time.perf_counter, time.monotonic: types and monotonicity only.
import time
from time import perf_counter
t0 = time.time()
p0 = perf_counter()
m0 = time.monotonic()
total = 0
for i in range(100000):
    total += i
p1 = time.perf_counter()
m1 = time.monotonic()
t1 = time.time()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(p1 >= p0, m1 >= m0, t1 >= t0, t0 > 1.6e9)
print(p1 - p0 < 60, total)
