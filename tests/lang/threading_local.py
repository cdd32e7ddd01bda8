# threading.local: each thread sees its own attributes; a subclass's methods
# and class attributes are shared, and its no-argument __init__ runs again in
# each thread that touches the object; AttributeError for what this thread
# never set; del.
import threading

data = threading.local()
data.x = "main"
seen = {}
def worker(name):
    seen[name + " before"] = hasattr(data, "x")
    data.x = name
    seen[name + " after"] = data.x
ts = [threading.Thread(target=worker, args=("t%d" % i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen.items()))
print("main still sees:", data.x)
del data.x
try:
    data.x
except AttributeError:
    print("AttributeError after del")
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

class Counter(threading.local):
    kind = "counter"
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n

c = Counter()
c.bump(); c.bump()
out = []
def use():
    out.append((c.kind, c.bump(), c.bump()))
u = threading.Thread(target=use)
u.start(); u.join()
print(out, c.n, isinstance(c, threading.local))
