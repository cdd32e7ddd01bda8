# queue: FIFO/LIFO/priority order, bounded put_nowait -> Full, get_nowait ->
# Empty, timeouts, qsize/empty/full, task_done/join, SimpleQueue, and a
# producer/consumer pair of threads (output independent of scheduling).
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())

lq = queue.LifoQueue()
for i in "abc":
    lq.put(i)
print([lq.get_nowait() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

b = queue.Queue(maxsize=2)
b.put_nowait(1)
b.put(2, timeout=0.01)
print(b.full(), b.qsize())
try:
    b.put_nowait(3)
except queue.Full:
    print("Full raised")
try:
    b.put(3, timeout=0.02)
except queue.Full:
    print("Full after timeout")
b.get(); b.get()
try:
    b.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    b.get(timeout=0.02)
except queue.Empty:
    print("Empty after timeout")
try:
    b.get(block=True, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    b.task_done(); b.task_done(); b.task_done()
except ValueError as e:
    print("ValueError:", e)

sq = queue.SimpleQueue()
sq.put("x"); sq.put_nowait("y")
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# Producer/consumer with task_done/join: a bounded queue makes the two take turns.
work = queue.Queue(maxsize=3)
results = []
def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        results.append(item * item)
        work.task_done()
c = threading.Thread(target=consumer)
c.start()
for i in range(50):
    work.put(i)
work.put(None)
work.join()
c.join()
print(len(results), sum(results), results[:5])
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
