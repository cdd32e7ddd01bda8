# fcntl: flags on a pipe, flock and lockf conflicts between open file
# descriptions, bytes arguments, ioctl, and the errors for bad arguments.
import errno
import fcntl
import os
import tempfile

r, w = os.pipe()

# O_NONBLOCK set and cleared through F_GETFL/F_SETFL; a read then says so.
flags = fcntl.fcntl(r, fcntl.F_GETFL)
print("nonblock at start:", bool(flags & os.O_NONBLOCK))
print("F_SETFL returns", fcntl.fcntl(r, fcntl.F_SETFL, flags | os.O_NONBLOCK))
print("nonblock after set:", bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("empty nonblocking read:", type(e).__name__, e.errno == errno.EAGAIN)
fcntl.fcntl(r, fcntl.F_SETFL, flags)
print("nonblock after clear:", bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK))

# FD_CLOEXEC: os.pipe makes non-inheritable ends; clear it, then set it back.
print("cloexec:", fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(w, fcntl.F_SETFD, 0)
print("cloexec cleared:", fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fcntl.fcntl(w, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print("cloexec set:", fcntl.fcntl(w, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)

# F_DUPFD_CLOEXEC gives a new descriptor at or above the one asked for.
d = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 100)
print("dup >= 100:", d >= 100, "cloexec:", fcntl.fcntl(d, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
os.close(d)

# The pipe's capacity can be set (rounded up to a page multiple by Linux).
fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 65536)
print("pipe size:", fcntl.fcntl(w, fcntl.F_GETPIPE_SZ))

# A bytes argument comes back as bytes of the same length.
print("bytes arg:", fcntl.fcntl(r, fcntl.F_GETFD, b"abcd"))

# An object with fileno() stands for its descriptor.
class Holder:
    def fileno(self):
        return r
print("via fileno():", fcntl.fcntl(Holder(), fcntl.F_GETFL) == flags)

# ioctl: FIONREAD (bytes waiting in the pipe) into a mutable buffer.
import struct
FIONREAD = 0x541B
os.write(w, b"12345")
buf = bytearray(4)
print("ioctl returns", fcntl.ioctl(r, FIONREAD, buf), "count", struct.unpack("i", buf)[0])
print("ioctl immutable:", struct.unpack("i", fcntl.ioctl(r, FIONREAD, b"\0" * 4))[0])
buf2 = bytearray(4)
res = fcntl.ioctl(r, FIONREAD, buf2, False)
print("ioctl no mutate:", struct.unpack("i", res)[0], bytes(buf2))

# flock: two open file descriptions of one file conflict.
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "lock")
    a = open(path, "w+")
    b = open(path, "r+")
    fcntl.flock(a, fcntl.LOCK_EX)
    try:
        fcntl.flock(b.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        print("second exclusive flock: granted")
    except BlockingIOError as e:
        print("second exclusive flock:", type(e).__name__, e.errno == errno.EWOULDBLOCK)
    try:
        fcntl.flock(b, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as e:
        print("shared while exclusive:", type(e).__name__)
    fcntl.flock(a, fcntl.LOCK_UN)
    fcntl.flock(b, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.flock(a, fcntl.LOCK_SH | fcntl.LOCK_NB)
    print("two shared flocks: granted")
    fcntl.flock(a, fcntl.LOCK_UN)
    fcntl.flock(b, fcntl.LOCK_UN)
    # A blocking flock waits without the GIL: while a thread waits for the
    # lock held through `a`, this thread still runs and then lets it go.
    import threading
    order = []
    started = threading.Event()
    def waiter():
        started.set()
        fcntl.flock(b, fcntl.LOCK_EX)
        order.append("waiter locked")
        fcntl.flock(b, fcntl.LOCK_UN)
    fcntl.flock(a, fcntl.LOCK_EX)
    t = threading.Thread(target=waiter)
    t.start()
    started.wait()
    order.append("main runs meanwhile")
    fcntl.flock(a, fcntl.LOCK_UN)
    t.join()
    print("blocking flock:", order)

    # lockf: POSIX record locks belong to the process, so a second open of
    # the same file in this process does not conflict; ranges and unlock work.
    a.write("x" * 100)
    a.flush()
    print("lockf ex:", fcntl.lockf(a, fcntl.LOCK_EX))
    print("lockf again, other fd:", fcntl.lockf(b, fcntl.LOCK_EX | fcntl.LOCK_NB))
    print("lockf range:", fcntl.lockf(a, fcntl.LOCK_SH | fcntl.LOCK_NB, 10, 5, os.SEEK_SET))
    print("lockf un:", fcntl.lockf(a, fcntl.LOCK_UN))
    try:
        fcntl.lockf(a, 0)
    except ValueError as e:
        print("ValueError", e)
    ro = open(path, "r")
    try:
        fcntl.lockf(ro, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        print("write lock on a read-only fd:", type(e).__name__, errno.errorcode[e.errno])
    ro.close()
    a.close()
    b.close()

# Errors, in CPython's words.
bad = os.open(os.devnull, os.O_RDONLY)
os.close(bad)
cases = [
    ("bad fd", lambda: fcntl.fcntl(bad, fcntl.F_GETFD)),
    ("bad fd flock", lambda: fcntl.flock(bad, fcntl.LOCK_EX)),
    ("bad fd lockf", lambda: fcntl.lockf(bad, fcntl.LOCK_SH)),
    ("negative fd", lambda: fcntl.fcntl(-1, fcntl.F_GETFD)),
    ("str fd", lambda: fcntl.fcntl("0", fcntl.F_GETFD)),
    ("float arg", lambda: fcntl.fcntl(r, fcntl.F_GETFD, 1.5)),
    ("None arg", lambda: fcntl.fcntl(r, fcntl.F_SETFD, None)),
    ("float cmd", lambda: fcntl.fcntl(r, 1.0)),
    ("str op", lambda: fcntl.flock(r, "x")),
    ("long bytes", lambda: fcntl.fcntl(r, fcntl.F_GETFD, b"x" * 1025)),
    ("long ioctl", lambda: fcntl.ioctl(r, FIONREAD, b"x" * 1025)),
    ("ioctl on a pipe", lambda: fcntl.ioctl(r, 0x5401)),
    ("too few", lambda: fcntl.fcntl(r)),
    ("too many", lambda: fcntl.fcntl(r, 1, 2, 3)),
    ("flock arity", lambda: fcntl.flock(r)),
    ("keywords", lambda: fcntl.fcntl(fd=r, cmd=1)),
    ("big cmd", lambda: fcntl.fcntl(r, 2 ** 40)),
]
for name, fn in cases:
    try:
        print(name, "->", fn())
    except OSError as e:
        print(name, "->", type(e).__name__, errno.errorcode[e.errno], e)
    except (TypeError, ValueError, OverflowError) as e:
        print(name, "->", type(e).__name__, e)

print("constants:", fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN,
      fcntl.F_RDLCK, fcntl.F_WRLCK, fcntl.F_UNLCK, fcntl.F_GETLK, fcntl.F_SETLK, fcntl.F_SETLKW,
      fcntl.F_DUPFD, fcntl.F_GETPIPE_SZ, fcntl.F_SETPIPE_SZ)
os.close(r)
os.close(w)
