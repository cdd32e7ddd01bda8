# threading's synchronization: Condition (wait(timeout) -> bool, wait_for,
# notify(n), notify_all, notifyAll, un-acquired errors, over a Lock and an
# RLock), Semaphore, BoundedSemaphore, Event, Barrier (action, abort, reset,
# BrokenBarrierError), Timer and cancel, RLock reentrancy, lock timeouts.
# Output does not depend on scheduling.
import threading
import time

# Condition: notify(n) wakes exactly n of the waiters.
cond = threading.Condition()
ready = 0
woken = []
def waiter(i):
    global ready
    with cond:
        ready += 1
        cond.notify_all()
        if cond.wait(10):
            woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with cond:
    print("all waiting:", cond.wait_for(lambda: ready == 4, 10))
    cond.notify(2)
deadline = time.monotonic() + 10
while len(woken) < 2 and time.monotonic() < deadline:
    time.sleep(0.005)
time.sleep(0.05)   # room for a wrongly woken third to show
with cond:
    print("woken by notify(2):", len(woken))
    cond.notifyAll()
for w in ws:
    w.join()
print("woken in all:", sorted(woken))

with cond:
    print("wait(0.01) without notify:", cond.wait(0.01))
    print("wait_for false predicate:", cond.wait_for(lambda: False, 0.01))
    print("wait_for true predicate:", cond.wait_for(lambda: 7))
for fn in (cond.wait, cond.notify):
    try:
        fn()
    except RuntimeError as e:
        print("RuntimeError:", e)

plain = threading.Condition(threading.Lock())
with plain:
    print("Lock-based wait(0):", plain.wait(0))
    plain.notify()

# RLock: reentrant, owner-only release.
r = threading.RLock()
with r:
    with r:
        print("RLock twice: ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
lk = threading.Lock()
print(lk.acquire(), lk.acquire(False), lk.acquire(True, 0.01), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)

# Semaphore: at most 2 holders at once.
sem = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()
def use():
    global inside, most
    with sem:
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1
us = [threading.Thread(target=use) for _ in range(6)]
for u in us: u.start()
for u in us: u.join()
print("most inside Semaphore(2):", most)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

# Event
ev = threading.Event()
print(ev.is_set(), ev.isSet(), ev.wait(0.01))
threading.Timer(0.02, ev.set).start()
print("set by a Timer:", ev.wait(10), ev.is_set())
ev.clear()
print(ev.is_set())
fired = []
tm = threading.Timer(5, fired.append, args=("late",))
tm.start()
tm.cancel()
tm.join()
print("cancelled Timer fired:", fired)

# Barrier
order = []
bar = threading.Barrier(3, action=lambda: order.append("action"))
idx = []
def arrive():
    idx.append(bar.wait(10))
bs_ = [threading.Thread(target=arrive) for _ in range(3)]
for b in bs_: b.start()
for b in bs_: b.join()
print("barrier indices:", sorted(idx), order, bar.parties, bar.n_waiting, bar.broken)
short = threading.Barrier(2)
try:
    short.wait(0.02)
except threading.BrokenBarrierError:
    print("BrokenBarrierError after timeout; broken:", short.broken)
short.reset()
print("after reset:", short.broken)
ab = threading.Barrier(2)
errs = []
def stuck():
    try:
        ab.wait(10)
    except threading.BrokenBarrierError:
        errs.append("broken")
st = threading.Thread(target=stuck)
st.start()
while ab.n_waiting == 0:
    time.sleep(0.005)
ab.abort()
st.join()
print("abort:", errs, ab.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
