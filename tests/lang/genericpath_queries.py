# genericpath: commonprefix over str, bytes, PathLike and part lists; the stat
# queries (exists, isfile, isdir, getsize, get*time) over files, directories,
# links, descriptors and bad arguments; samefile, sameopenfile, samestat; and
# posixpath (os.path) sharing these very functions.
import genericpath
import os
import pathlib
import posixpath
import tempfile

print(sorted(genericpath.__all__))
for name in genericpath.__all__:
    print(name, getattr(posixpath, name) is getattr(genericpath, name),
          getattr(os.path, name) is getattr(genericpath, name))

cp = genericpath.commonprefix
print(repr(cp([])), repr(cp(["/usr/lib", "/usr/local/lib", "/usr/libexec"])))
print(repr(cp(["abc"])), repr(cp(["abc", "abd", "ab"])), repr(cp(["x", "y"])))
print(repr(cp([b"/usr/lib", b"/usr/local"])), repr(cp((pathlib.PurePath("/a/bc"), "/a/bd"))))
print(cp([["usr", "lib", "x"], ["usr", "lib", "y"]]), cp([("a", "b"), ("a", "c")]))
for bad in [[1, 2], ["a", b"a"], [None]]:
    try:
        cp(bad)
    except TypeError as e:
        print("TypeError", e)

with tempfile.TemporaryDirectory() as d:
    f = os.path.join(d, "file.txt")
    with open(f, "w") as fh:
        fh.write("hello world\n")
    sub = os.path.join(d, "sub")
    os.mkdir(sub)
    missing = os.path.join(d, "missing")
    good_link = os.path.join(d, "good")
    bad_link = os.path.join(d, "bad")
    hard = os.path.join(d, "hard")
    os.symlink(f, good_link)
    os.symlink(missing, bad_link)
    os.link(f, hard)
    paths = {"file": f, "dir": sub, "missing": missing, "link": good_link, "broken": bad_link,
             "bytes": os.fsencode(f), "pathlike": pathlib.Path(sub), "nul": f + "\0x"}
    for label, p in paths.items():
        print(label, genericpath.exists(p), genericpath.isfile(p), genericpath.isdir(p),
              posixpath.islink(p), posixpath.lexists(p))
    for bad in [None, 1.5]:
        for fn in (genericpath.exists, genericpath.isfile, genericpath.isdir):
            try:
                fn(bad)
            except TypeError as e:
                print(fn.__name__, "TypeError", e)
    os.utime(f, (1_000_000_000, 1_234_567_890))
    print(genericpath.getsize(f), genericpath.getsize(os.fsencode(f)), genericpath.getmtime(f),
          genericpath.getatime(f), type(genericpath.getctime(f)).__name__)
    for fn in (genericpath.getsize, genericpath.getmtime, genericpath.getatime,
               genericpath.getctime):
        try:
            fn(missing)
        except FileNotFoundError as e:
            print(fn.__name__, "FileNotFoundError", e.errno, e.filename == missing)
    print(genericpath.samefile(f, hard), genericpath.samefile(f, good_link),
          genericpath.samefile(f, sub), genericpath.samefile(os.fsencode(f), pathlib.Path(hard)))
    try:
        genericpath.samefile(f, missing)
    except FileNotFoundError:
        print("samefile FileNotFoundError")
    print(genericpath.samestat(os.stat(f), os.stat(hard)), genericpath.samestat(os.stat(f), os.stat(d)),
          genericpath.samestat(os.stat(good_link), os.lstat(good_link)))
    with open(f) as a, open(hard) as b, open(os.path.join(sub, "..", "file.txt")) as c:
        fd = os.open(sub, os.O_RDONLY)
        print(genericpath.sameopenfile(a.fileno(), b.fileno()), genericpath.sameopenfile(a.fileno(), c.fileno()),
              genericpath.sameopenfile(a.fileno(), fd), genericpath.exists(fd), genericpath.isdir(fd),
              genericpath.isfile(a.fileno()))
        os.close(fd)
    try:
        genericpath.sameopenfile(a.fileno(), 0)
    except (OSError, ValueError) as e:
        print(type(e).__name__)
    print(genericpath.exists(10_000), genericpath.isfile(10_000))
