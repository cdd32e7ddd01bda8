# threading.Thread: subclasses (run override, super().__init__), names
# (default "Thread-N (target)"), daemon/setDaemon/isDaemon and inheritance,
# start twice, join(timeout), is_alive, ident/native_id, current_thread,
# main_thread, enumerate, active_count, get_ident.
import threading
import time

class Worker(threading.Thread):
    def __init__(self, n, **kw):
        super().__init__(**kw)
        self.n = n
        self.result = None
    def run(self):
        self.result = sum(range(self.n))
        self.me = threading.current_thread() is self
        self.ident_seen = threading.get_ident()

w = Worker(100, name="worker")
print(w.name, w.getName(), w.daemon, w.isDaemon(), w.is_alive(), w.ident)
w.start()
w.join()
print(w.result, w.me, w.ident_seen == w.ident, w.is_alive())
print(type(w.native_id) is int, type(w.ident) is int)
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)

def f():
    pass
t = threading.Thread(target=f)
print(t.name)
print(threading.Thread().name)
t2 = threading.Thread(target=f, name=42)
print(repr(t2.name))
t2.setName("renamed")
print(t2.getName())
try:
    t2.join()
except RuntimeError as e:
    print("RuntimeError:", e)

d = threading.Thread(target=f)
d.setDaemon(True)
print(d.daemon, d.isDaemon())
d.daemon = False
d.start()
try:
    d.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

# A thread made by a daemon thread is a daemon too.
seen = []
def parent():
    c = threading.Thread(target=f)
    seen.append(c.daemon)
p = threading.Thread(target=parent, daemon=True)
p.start(); p.join()
print("inherited daemon:", seen)

ev = threading.Event()
slow = threading.Thread(target=ev.wait)
slow.start()
slow.join(0.05)
print("after join(0.05):", slow.is_alive(), slow in threading.enumerate(), threading.active_count())
ev.set()
slow.join()
print("after set:", slow.is_alive(), slow in threading.enumerate(), threading.active_count())

m = threading.main_thread()
print(m.name, m is threading.current_thread(), m is threading.currentThread(), m.ident == threading.get_ident())
print(threading.activeCount(), [t.name for t in threading.enumerate()])
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

args_seen = []
def g(a, b, c=0):
    args_seen.append((a, b, c))
k = threading.Thread(target=g, args=(1, 2), kwargs={"c": 3})
k.start(); k.join()
print(args_seen)
print(threading.TIMEOUT_MAX > 1e6, threading.get_native_id() > 0)
