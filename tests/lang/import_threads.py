# Threads importing one module at once: a thread that finds a module another
# thread is still running waits for it (it never sees it partial); two
# threads importing modules that import each other take the partial module
# instead of deadlocking.  (When the module's code raises, which waiters meet
# the error is a race in CPython itself: not compared here.)
import sys
import threading

got = []
lock = threading.Lock()


def run_all(target, n):
    ts = [threading.Thread(target=target) for _ in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def take_value():
    import impfix.slow_init as m
    with lock:
        got.append(m.VALUE)


run_all(take_value, 4)
print("values:", got)

def import_a():
    import impfix.cycle_a


def import_b():
    import impfix.cycle_b


ta = threading.Thread(target=import_a)
tb = threading.Thread(target=import_b)
ta.start()
tb.start()
ta.join()
tb.join()
print("cycle:", sys.modules["impfix.cycle_a"].A, sys.modules["impfix.cycle_b"].B)
