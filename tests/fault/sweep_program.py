# The program tests/sh/fault_malloc.sh runs with its k-th allocation failing:
# small, but it compiles a class, closures, comprehensions and f-strings,
# raises and catches, builds dicts and lists, and starts two threads.
import threading

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

def squares(n):
    return [i * i for i in range(n)]

d = {"a": 1, "b": [1, 2, 3], "c": (4, 5)}
d["d"] = {k: v for k, v in zip("xyz", range(3))}
s = list(range(5))
words = " ".join([str(i) for i in range(10)]).split()
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e)
pts = [Point(i, -i) for i in range(3)]
out = []
def worker(k):
    out.append(sum(squares(k)))
ts = [threading.Thread(target=worker, args=(k,)) for k in (5, 6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), pts, len(words), f"{d['a']:>3}", sorted(s), d)
