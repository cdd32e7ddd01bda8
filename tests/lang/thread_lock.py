# Lock and RLock: acquire/release/locked, non-blocking and timed acquire,
# `with`, and mutual exclusion between threads.
import threading

lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(0))
print(lock.acquire(blocking=False))
print(lock.acquire(True, 0.01))
print(lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside", lock.locked())
print("outside", lock.locked())

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested rlock")

# Another thread cannot take an RLock this thread holds.
r.acquire()
got = []
def try_rlock():
    got.append(r.acquire(1, 0.02))
    got.append(r.acquire(timeout=0.02))
t = threading.Thread(target=try_rlock)
t.start()
t.join()
r.release()
print("other thread got held rlock:", got)

# Read-modify-write of a shared counter, made atomic by the lock.
counter = [0]
def add(n):
    for _ in range(n):
        with lock:
            v = counter[0]
            counter[0] = v + 1
threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter[0])

# A contended acquire blocks until the holder releases.
order = []
lock.acquire()
def waiter():
    lock.acquire()
    order.append("waiter got it")
    lock.release()
w = threading.Thread(target=waiter)
w.start()
order.append("main releasing")
lock.release()
w.join()
print(order)
