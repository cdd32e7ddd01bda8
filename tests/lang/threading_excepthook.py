# threading.excepthook: a user hook replaces the default and receives
# exc_type/exc_value/exc_traceback/thread; SystemExit reaches it too; the
# default (threading.__excepthook__) stays available; the thread ends, the
# program goes on.
import threading

got = []
def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value),
                args.exc_traceback is not None, args.thread.name))
threading.excepthook = hook

def boom(x):
    raise ValueError("bad %d" % x)
t = threading.Thread(target=boom, args=(3,), name="b1")
t.start(); t.join()
def leave():
    raise SystemExit(4)
s = threading.Thread(target=leave, name="s1")
s.start(); s.join()
print(got)
print(threading.__excepthook__ is not hook, callable(threading.__excepthook__))

threading.excepthook = threading.__excepthook__
q = threading.Thread(target=leave)
q.start(); q.join()
print("alive:", t.is_alive(), s.is_alive(), q.is_alive())
