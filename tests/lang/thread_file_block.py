# A file read blocked in the kernel releases the GIL, as CPython's does: the
# reader waits on an empty pipe while the main thread (which needs the GIL)
# writes the data it waits for.  Were the GIL held, this would never end.
import os
import threading

r, w = os.pipe()
got = []


def reader():
    with open(r, "rb") as f:
        got.append(f.read())
        got.append(f.closed)


t = threading.Thread(target=reader)
t.start()
with open(w, "w") as f:
    for i in range(1000):
        print("line", i, file=f)
t.join()
data = got[0].decode()
print(len(data), data.count("\n"), data.splitlines()[-1], got[1] is False)
