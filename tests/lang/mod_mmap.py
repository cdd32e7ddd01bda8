# mmap: a file-backed map read and written through every path, an
# anonymous map shared between threads, read-only and copy maps, resize,
# the buffer protocol, and the errors in CPython's words.
import mmap
import os
import struct
import tempfile
import threading


def attempt(name, fn):
    try:
        print(name, "->", repr(fn()))
    except Exception as e:
        print(name, "->", type(e).__name__, e)


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data")
    with open(path, "wb") as f:
        f.write(b"hello world\nsecond line\nthird\n")

    with open(path, "r+b") as f:
        m = mmap.mmap(f.fileno(), 0)
    # The file is closed: the map keeps its own descriptor.
    print(len(m), m.size(), repr(m))
    print(m[0], m[-1], m[0:5], m[::3], m[6:100], m[40:])
    print(m.readline(), m.tell(), m.read(6), m.read_byte(), m.tell())
    print(m.find(b"line"), m.find(b"o"), m.find(b"o", 0), m.find(b"o", -8), m.find(b"l", 0, 3))
    print(m.rfind(b"l"), m.rfind(b"l", 0, 5), m.rfind(b"zz"), m.find(b""))
    m.seek(0)
    print(m.write(b"HELLO"), m.tell())
    m.seek(-6, os.SEEK_END)
    print(m.read(), m.read(), m.tell())
    m.seek(-3, os.SEEK_CUR)
    m.write_byte(ord("D"))
    m[6] = ord("W")
    m[7:9] = b"OR"
    m[0:10:2] = b"abcde"
    m.move(12, 0, 3)
    print(m[:])
    m.flush()
    with open(path, "rb") as g:
        print("file after flush:", g.read())

    # The buffer protocol: bytes(), memoryview, struct, bytearray, join.
    print(bytes(m)[:11], struct.unpack_from("<BBH", m, 2), bytearray(m)[:3], b"".join([m[:2], m[3:5]]))
    v = memoryview(m)
    v[0] = ord("!")
    print(v[0:3].tobytes(), m[0])
    struct.pack_into(">H", m, 4, 0x4142)
    print(m[:8])
    attempt("close while exported", m.close)
    attempt("resize while exported", lambda: m.resize(10))
    v.release()

    # resize grows the file with the map.
    m.resize(40)
    m[-1] = ord("Z")
    print(len(m), m.size(), os.path.getsize(path), m[30:])
    m.close()
    m.close()
    print("closed:", m.closed, repr(m))
    for name, fn in [("index", lambda: m[0]), ("read", m.read), ("len", lambda: len(m)),
                     ("write", lambda: m.write(b"x")), ("tell", m.tell), ("bytes", lambda: bytes(m)),
                     ("memoryview", lambda: memoryview(m))]:
        attempt("closed " + name, fn)

    # Read-only: every write path refuses.
    with open(path, "rb") as f:
        r = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    print(repr(r), r[:5], memoryview(r).readonly)
    for name, fn in [("write", lambda: r.write(b"x")), ("write_byte", lambda: r.write_byte(1)),
                     ("item", lambda: r.__setitem__(0, 1)), ("slice", lambda: r.__setitem__(slice(0, 1), b"x")),
                     ("move", lambda: r.move(0, 1, 1)), ("resize", lambda: r.resize(5)),
                     ("pack_into", lambda: struct.pack_into("B", r, 0, 1)), ("delete", lambda: r.__delitem__(0))]:
        attempt("readonly " + name, fn)
    r.close()

    # Copy-on-write: the map changes, the file does not.
    with open(path, "r+b") as f:
        c = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
        c[0:4] = b"COPY"
        c.flush()
        print(repr(c)[:45], c[:6], f.read(6))
        c.close()

    # Errors in construction.
    with open(path, "r+b") as f:
        fd = f.fileno()
        attempt("too long", lambda: mmap.mmap(fd, 1000))
        attempt("offset past end", lambda: mmap.mmap(fd, 0, offset=mmap.ALLOCATIONGRANULARITY))
        attempt("unaligned offset", lambda: mmap.mmap(fd, 1, offset=1))
        attempt("access and flags", lambda: mmap.mmap(fd, 0, flags=mmap.MAP_PRIVATE, access=mmap.ACCESS_READ))
        attempt("bad access", lambda: mmap.mmap(fd, 0, access=9))
    empty = os.path.join(tmp, "empty")
    open(empty, "wb").close()
    with open(empty, "rb") as f:
        attempt("empty file", lambda: mmap.mmap(f.fileno(), 0))
    attempt("negative length", lambda: mmap.mmap(-1, -1))
    attempt("zero anonymous", lambda: mmap.mmap(-1, 0))
    bad = os.open(os.devnull, os.O_RDONLY)
    os.close(bad)
    attempt("bad fd", lambda: mmap.mmap(bad, 10))

# Anonymous memory, shared between threads (os.fork is not available in
# every interpreter this runs under): each thread fills its own quarter.
a = mmap.mmap(-1, 4 * 256)
print(len(a), repr(a), a[:4])


def fill(k):
    for i in range(256):
        a[k * 256 + i] = (k * 64 + i) % 256


threads = [threading.Thread(target=fill, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(list(a)[:3], bytes([200]) in a, sum(a[:]), a[255], a[256], a[1023], a.find(bytes([64, 65, 66])))

# Index and slice errors.
for name, fn in [("index high", lambda: a[1024]), ("index low", lambda: a[-1025]),
                 ("set high", lambda: a.__setitem__(2000, 1)), ("value", lambda: a.__setitem__(0, 256)),
                 ("value type", lambda: a.__setitem__(0, b"x")), ("key type", lambda: a["x"]),
                 ("wrong size", lambda: a.__setitem__(slice(0, 2), b"abc")),
                 ("str slice", lambda: a.__setitem__(slice(0, 2), "ab")),
                 ("delete", lambda: a.__delitem__(0)), ("step zero", lambda: a[::0]),
                 ("seek past end", lambda: a.seek(2000)), ("seek before start", lambda: a.seek(-1)),
                 ("seek whence", lambda: a.seek(0, 3)), ("write past end", lambda: (a.seek(1020), a.write(b"12345"))),
                 ("write_byte big", lambda: a.write_byte(300)), ("move range", lambda: a.move(0, 1000, 100)),
                 ("flush range", lambda: a.flush(0, 5000)), ("read_byte at end", lambda: (a.seek(0, 2), a.read_byte())),
                 ("read float", lambda: a.read(1.5)), ("read arity", lambda: a.read(1, 2)),
                 ("tell arity", lambda: a.tell(1)), ("move arity", lambda: a.move(1, 2)),
                 ("find arity", lambda: a.find()), ("write arity", lambda: a.write()),
                 ("slice key type", lambda: a.__setitem__("x", 1))]:
    attempt(name, fn)

a.resize(10)
print(len(a), a[:3])
with mmap.mmap(-1, 8) as w:
    w.write(b"ctx")
    print(w.closed, w[:4])
print(w.closed)
print(mmap.PAGESIZE == mmap.ALLOCATIONGRANULARITY, mmap.PAGESIZE % 4096, mmap.ACCESS_DEFAULT,
      mmap.ACCESS_READ, mmap.ACCESS_WRITE, mmap.ACCESS_COPY, mmap.PROT_READ | mmap.PROT_WRITE,
      mmap.MAP_SHARED, mmap.MAP_PRIVATE, mmap.MAP_ANONYMOUS)
a.madvise(mmap.MADV_NORMAL)
a.close()
