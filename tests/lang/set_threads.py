# Two threads add to, test and remove from shared sets under the GIL; every
# operation is one C call, so the totals are exact.
import threading
shared = set()
seen = set()
def worker(base):
    for i in range(20000):
        shared.add(base + i)
        if (base + i - 1) in shared:
            seen.add(base + i)
    for i in range(0, 20000, 2):
        shared.discard(base + i)
t1 = threading.Thread(target=worker, args=(0,))
t2 = threading.Thread(target=worker, args=(1000000,))
t1.start()
t2.start()
t1.join()
t2.join()
print(len(shared), sum(shared), len(seen))
# one thread fills a set while another iterates copies of it
box = set(range(1000))
results = []
def reader():
    for _ in range(200):
        results.append(len(frozenset(box)) >= 1000)
def writer():
    for i in range(1000, 3000):
        box.add(i)
r = threading.Thread(target=reader)
w = threading.Thread(target=writer)
r.start()
w.start()
r.join()
w.join()
print(all(results), len(results), len(box))
