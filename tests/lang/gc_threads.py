# Four threads drop cycles whose __del__ counts them; collections start on
# whichever thread's allocation crosses the threshold, finalizers run on
# that thread, and every object is finalized exactly once.
import gc
import threading

freed = [0, 0, 0, 0]


class Node:
    def __init__(self, owner):
        self.owner = owner
        self.me = self

    def __del__(self):
        freed[self.owner] += 1


def work(k):
    keep = []
    for i in range(3000):
        Node(k)
        if i % 4 == 0:
            keep.append([i])   # live containers bring collections nearer


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print(freed)
print("again:", gc.collect(), freed)
