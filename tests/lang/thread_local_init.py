# A threading.local subclass whose __init__ takes arguments: each new thread
# re-runs __init__ with the arguments the object was made with (a common way
# to give every worker its own per-thread default), even when __init__ does
# not pass them on to super().__init__.
import threading


class Conn(threading.local):
    def __init__(self, host, port=80):
        self.host = host
        self.port = port
        self.calls = 0


class Counter(threading.local):
    made = 0

    def __init__(self, start):
        Counter.made += 1
        self.n = start


conn = Conn("db", port=5432)
conn.calls = 7
counter = Counter(10)
results = []
lock = threading.Lock()


def worker(i):
    before = (conn.host, conn.port, conn.calls)
    conn.calls += i
    counter.n += i
    with lock:
        results.append((i, before, conn.calls, counter.n))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(1, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threads = None
for r in sorted(results):
    print(r)
print("main keeps its own:", conn.host, conn.port, conn.calls, counter.n)
print("__init__ ran per thread:", Counter.made)

# The plain type is CPython's _thread._local and takes no arguments.
plain = threading.local()
print(type(plain).__name__, type(plain).__module__)
for op in ("get", "del"):
    try:
        if op == "get":
            plain.missing
        else:
            del plain.missing
    except AttributeError as e:
        print(op, e)
try:
    conn.missing
except AttributeError as e:
    print(e)
for make in (threading.local, Counter.__base__):
    try:
        make(1)
    except TypeError as e:
        print("TypeError", e)


class NoInit(threading.local):
    pass


try:
    NoInit(x=1)
except TypeError as e:
    print("TypeError", e)
plain = conn = counter = None
