# queue.Queue keeps its items in a collections.deque, as python3's does:
# programs print q.queue, peek with q.queue[0], or drain with popleft under
# q.mutex.  LifoQueue and PriorityQueue keep plain lists.
import queue
import threading
from collections import deque

q = queue.Queue()
for word in ["alpha", "beta", "gamma"]:
    q.put(word)
print(q.queue, type(q.queue).__name__, isinstance(q.queue, deque))
print("peek", q.queue[0], q.queue[-1])
with q.mutex:
    first = q.queue.popleft()
print(first, q.qsize(), q.get(), q.get(), q.empty())

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for n in [3, 1, 2]:
    lq.put(n)
    pq.put(n)
print(lq.queue, type(lq.queue).__name__, type(pq.queue).__name__, pq.queue[0])

# A big backlog drained by workers: every item once, in order per worker.
big = queue.Queue()
for i in range(20000):
    big.put(i)
seen = []
lock = threading.Lock()


def drain():
    mine = []
    while True:
        try:
            mine.append(big.get_nowait())
        except queue.Empty:
            break
    with lock:
        seen.append(mine == sorted(mine))
        seen.append(len(mine))


workers = [threading.Thread(target=drain) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
workers = None
print("in order per worker", all(seen[0::2]), "total", sum(seen[1::2]))
print(big.queue, big.qsize())
