# The cycle collector's benchmark: build and drop small doubly linked lists
# (every node is in a cycle with its neighbours, so only the collector
# frees them).  Prints nanoseconds per node, timed inside the program;
# bench/run records the peak RSS of the same run.
import time

LISTS = 20000
LENGTH = 10


class Node:
    def __init__(self, prev):
        self.prev = prev
        self.next = None
        if prev is not None:
            prev.next = self


def build(length):
    head = node = Node(None)
    for i in range(length - 1):
        node = Node(node)
    return head


t0 = time.perf_counter()
for i in range(LISTS):
    build(LENGTH)
t1 = time.perf_counter()
print("%.3f" % ((t1 - t0) * 1e9 / (LISTS * LENGTH)))
