# Threads start, run their target with args and kwargs, and are joined.
import threading

results = []

def work(n, scale=1, tag=""):
    total = 0
    for i in range(n):
        total += i * scale
    results.append((tag, total))

threads = []
for k in range(4):
    t = threading.Thread(target=work, args=(1000 + k,), kwargs={"scale": k, "tag": "t%d" % k},
                         name="worker-%d" % k)
    threads.append(t)

print(threading.current_thread().name)
print(threading.active_count())
print([t.name for t in threads])
print([t.is_alive() for t in threads])
print([t.ident is None for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print([t.is_alive() for t in threads])
print([type(t.ident) is int for t in threads])
print(sorted(results))
print(threading.active_count())
print(threading.get_ident() == threading.current_thread().ident)

# A thread sees itself as current_thread(); daemon defaults to the creator's.
seen = []
def who():
    me = threading.current_thread()
    seen.append((me.name, me.daemon, me is not threading.main_thread()))
t = threading.Thread(target=who, name="inner")
print(t.daemon)
t.start()
t.join()
print(seen)

d = threading.Thread(target=who, name="d", daemon=True)
d.start()
d.join()
print(seen[-1])

# Starting twice is an error; joining before start too.
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=who).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# join with a timeout returns while the thread still runs.
gate = threading.Lock()
gate.acquire()
def blocked():
    gate.acquire()
    gate.release()
b = threading.Thread(target=blocked)
b.start()
b.join(0.05)
print("alive after timeout:", b.is_alive())
gate.release()
b.join()
print("alive after release:", b.is_alive())

# No-target thread runs nothing.
e = threading.Thread()
e.start()
e.join()
print("empty done")
