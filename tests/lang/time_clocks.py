# time: every clock's type, monotonicity and get_clock_info; sleep's bounds.
import time

for n in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    i = time.get_clock_info(n)
    f = getattr(time, n)
    ns = getattr(time, n + '_ns')
    a, b = f(), ns()
    print(n, i.implementation, i.monotonic, i.adjustable, 0 < i.resolution < 0.01,
          type(a).__name__, type(b).__name__, abs(b / 1e9 - f()) < 5)
    if i.monotonic:
        print(' ', f() >= a, ns() >= b)
x = time.process_time()
y = time.thread_time()
sum(range(300000))
print(time.process_time() >= x, time.thread_time() >= y)
m = time.monotonic()
time.sleep(0.05)
time.sleep(0)
time.sleep(1 / 100)
d = time.monotonic() - m
print(d >= 0.05, d < 30)
for bad in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.sleep(),
            lambda: time.get_clock_info('x'), lambda: time.monotonic(1),
            lambda: time.time_ns(1)]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
