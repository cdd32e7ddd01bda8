# time.sleep releases the GIL: sleepers wake in deadline order, and a CPU
# thread keeps computing while others sleep.  The order is the proof of
# overlap, with no clock in the assertion: the threads start longest-first,
# so sleeps that held the GIL would finish in start order (c, a, b).
import threading
import time

order = []
lock = threading.Lock()

def nap(name, secs):
    time.sleep(secs)
    with lock:
        order.append(name)

threads = [threading.Thread(target=nap, args=(n, s))
           for n, s in [("c", 0.60), ("a", 0.20), ("b", 0.40)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(order)

done = []
def compute():
    n = 0
    for i in range(30000):
        n += i
    done.append(n)
s = threading.Thread(target=nap, args=("sleeper", 0.05))
c = threading.Thread(target=compute)
s.start()
c.start()
s.join()
c.join()
print(done, order[-1])
