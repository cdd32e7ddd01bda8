# An uncaught exception in a thread is reported ("Exception in thread NAME:"
# and the traceback, on stderr) and the process goes on.
import threading

def boom(x):
    raise ValueError("bad value %d" % x)

t = threading.Thread(target=boom, args=(7,), name="boomer")
t.start()
t.join()
print("after the thread:", t.is_alive())

def quiet():
    raise SystemExit(3)
q = threading.Thread(target=quiet)
q.start()
q.join()
print("SystemExit in a thread ends only that thread")
