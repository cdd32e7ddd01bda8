# Paths given as bytes, as python3 takes them: open(), the os calls (names come
# back as bytes from listdir, readlink, scandir, walk) and every os.path
# function, with python3's errors for embedded NULs and for mixing str and bytes.
import io, os, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, "bp.txt").encode()
with open(p, "w") as f:
    print(f.name == p, type(f.name).__name__)
    f.write("hi\n")
print(open(p).read(), io.open(p, "rb").read(), open(p, "rb").name == p)
try:
    open(os.path.join(d, "nope.dat").encode())
except OSError as e:
    print(type(e).__name__, e.errno, e.filename == os.path.join(d, "nope.dat").encode())
try:
    open(b"a\0b")
except ValueError as e:
    print("ValueError", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError", e)
os.remove(p); os.rmdir(d)


d = tempfile.mkdtemp().encode()
os.mkdir(os.path.join(d, b"sub"))
with open(os.path.join(d, b"sub", b"x.txt"), "w") as f:
    f.write("hi")
os.symlink(b"x.txt", os.path.join(d, b"sub", b"ln"))
print(sorted(os.listdir(os.path.join(d, b"sub"))), sorted(os.listdir(os.path.join(d, b"sub").decode())))
print(os.readlink(os.path.join(d, b"sub", b"ln")), os.readlink(os.path.join(d, b"sub", b"ln").decode()))
print(sorted(e.name for e in os.scandir(os.path.join(d, b"sub"))))
print([(os.path.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d)])
print(os.path.getsize(os.path.join(d, b"sub", b"x.txt")), os.path.isfile(os.path.join(d, b"sub", b"ln")))
os.rename(os.path.join(d, b"sub", b"x.txt"), os.path.join(d, b"sub", b"y.txt"))
os.unlink(os.path.join(d, b"sub", b"ln")); os.remove(os.path.join(d, b"sub", b"y.txt"))
os.rmdir(os.path.join(d, b"sub")); os.rmdir(d); print(os.path.exists(d))
for bad in (b"a\0b",):
    try:
        os.stat(bad)
    except ValueError as e:
        print("ValueError", e)

import posixpath
P = posixpath
print(P.join(b"/a", b"b", b"c.txt"), P.split(b"/a/b/c.txt"), P.splitext(b"x/y.tar.gz"), P.splitext(b".bashrc"))
print(P.basename(b"/a/b"), P.dirname(b"/a//b"), P.normpath(b"/a/./b/../c//d/"), P.isabs(b"/x"), P.isabs(b"x"))
print(P.relpath(b"/a/b/c", b"/a"), P.commonpath([b"/a/b/c", b"/a/b/d"]), P.commonprefix([b"/ab/c", b"/ab/d"]))
print(P.splitdrive(b"/x"), P.normcase(b"AbC"), P.join(b"a", b"/abs"), P.split(b"noslash"))
print(P.normpath(b"\xff/./\xfe"), P.basename(b"/d/\xe9t\xe9"))
print(P.expanduser(b"~") == os.path.expanduser("~").encode(), P.abspath(b"rel").startswith(os.getcwd().encode()))
class PL:
    def __fspath__(self):
        return b"/p/q"
print(P.join(PL(), b"r"), P.basename(PL()))
for bad in ((b"a", "b"), ("a", b"b")):
    try:
        P.join(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    P.commonpath([b"/a", "/b"])
except TypeError as e:
    print("TypeError", e)
try:
    P.join(b"a", 3)
except TypeError as e:
    print("TypeError", e)
print(P.join("a", "b"), P.split("/x/y"), P.relpath("/a/b", start="/a"))
