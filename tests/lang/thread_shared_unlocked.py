# Threads share a deque, a heap and a sorted list with no lock of their own,
# as CPython allows: its deque, heapq and bisect are C, so each call is one
# step to the other threads, and no item may be lost or duplicated.
import bisect
import heapq
import threading
from collections import deque

N = 20000
THREADS = 4
d = deque()
heap = []
ordered = []


def fill(k):
    for i in range(N):
        d.appendleft(i)
        d.append(i)
        heapq.heappush(heap, (i * 7919 + k) % 100003)
        if i % 20 == 0:
            bisect.insort(ordered, (i * 31 + k) % 1009)


def drain(counts, k):
    n = 0
    while True:
        try:
            d.popleft()
        except IndexError:
            break
        n += 1
    counts[k] = n


def run(target, *args):
    ts = [threading.Thread(target=target, args=args + (k,)) for k in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


run(fill)
print("deque", len(d), "expected", 2 * N * THREADS)
print("heap", len(heap), "is a heap", all(heap[(i - 1) // 2] <= heap[i] for i in range(1, len(heap))))
print("sorted list", len(ordered), ordered == sorted(ordered))
counts = [0] * THREADS
run(drain, counts)
print("drained", sum(counts), "left", len(d))
popped = [heapq.heappop(heap) for _ in range(len(heap))]
print("heap pops in order", popped == sorted(popped), len(popped))
