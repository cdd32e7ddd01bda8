# os.pipe, os.read, os.write and os.close between threads; reads block with
# the GIL released; errors are OSError with errno.
import os
import threading

r, w = os.pipe()
chunks = [b"alpha ", b"beta ", b"gamma ", b"delta"]

def writer():
    for c in chunks:
        os.write(w, c)
    os.close(w)

t = threading.Thread(target=writer)
t.start()
data = b""
while True:
    part = os.read(r, 4)
    if not part:
        break
    data += part
t.join()
os.close(r)
print(data)

# Ping-pong over two pipes.
a_r, a_w = os.pipe()
b_r, b_w = os.pipe()
def echo():
    while True:
        m = os.read(a_r, 100)
        if m == b"stop":
            break
        os.write(b_w, m + m)
e = threading.Thread(target=echo)
e.start()
for word in [b"one", b"two", b"three"]:
    os.write(a_w, word)
    print(os.read(b_r, 100))
os.write(a_w, b"stop")
e.join()
for fd in (a_r, a_w, b_r, b_w):
    os.close(fd)

# A descriptor number nothing uses (closed ones may be reused by now).
BAD = 4000
try:
    os.read(BAD, 1)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.write(BAD, b"x")
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.close(BAD)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError:", e)
print(os.getpid() > 0, os.cpu_count() >= 1)
