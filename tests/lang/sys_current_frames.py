# sys._current_frames(): every thread's innermost frame, as a watchdog uses
# it to dump the stacks of a hung program.
import sys
import threading
import time
import traceback

ready = threading.Event()
go = threading.Event()


def worker():
    def inner():
        ready.set()
        go.wait()
    inner()


t = threading.Thread(target=worker, name="w")
t.start()
ready.wait()
for _ in range(2000):          # until the worker sleeps inside go.wait()
    frames = sys._current_frames()
    if frames[t.ident].f_code.co_name == "wait":
        break
    time.sleep(0.001)
print(sorted(frames) == sorted([threading.get_ident(), t.ident]))
f = frames[t.ident]
names = []
while f is not None:
    names.append(f.f_code.co_name)
    f = f.f_back
print(names[:3], names[-1])
print(frames[threading.get_ident()].f_code.co_name, frames[t.ident].f_back.f_back.f_lineno)
print([s.name for s in traceback.extract_stack(frames[t.ident])][-3:])
go.set()
t.join()
print(list(sys._current_frames()) == [threading.get_ident()])
try:
    sys._current_frames(1)
except TypeError:
    print("TypeError")
