# Generators handed across threads: resumed by whichever thread holds the
# GIL, one at a time; a second resumer gets "generator already executing".
import threading

started = threading.Lock()
release = threading.Lock()
started.acquire()
release.acquire()

def slow():
    started.release()
    release.acquire()       # blocks, letting the GIL go, while the generator runs
    yield "slow value"
    yield "second"

g = slow()
out = []
t = threading.Thread(target=lambda: out.append(next(g)))
t.start()
started.acquire()
print("running elsewhere:", g.gi_running)
try:
    next(g)
except ValueError as e:
    print("main:", e)
release.release()
t.join()
print(out, g.gi_running, next(g))

def numbers(n):
    total = 0
    try:
        for i in range(n):
            total += yield i
    finally:
        print("numbers finally, total", total)

lock = threading.Lock()
shared = numbers(4000)
next(shared)
sums = []
def worker():
    mine = 0
    while True:
        with lock:
            try:
                v = shared.send(1)
            except StopIteration:
                break
        mine += v
    sums.append(mine)
ts = [threading.Thread(target=worker) for _ in range(4)]
for w in ts:
    w.start()
for w in ts:
    w.join()
print(sum(sums), sum(range(1, 4000)))

def made_in_thread():
    try:
        yield "from the thread"
        yield "from main"
    finally:
        print("closed on", threading.current_thread().name)
box = []
def maker():
    gen = made_in_thread()
    print(next(gen))
    box.append(gen)
m = threading.Thread(target=maker, name="maker")
m.start()
m.join()
print(next(box[0]))
box[0].close()
