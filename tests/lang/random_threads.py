# One generator shared by threads: every draw is whole, and the draws
# together are the sequence one thread would have made (the set of values).
import random
import threading

r = random.Random(1234)
want = sorted(random.Random(1234).random() for _ in range(4000))
got = []
lock = threading.Lock()


def worker():
    mine = [r.random() for _ in range(1000)]
    with lock:
        got.extend(mine)


ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(got), sorted(got) == want)
