# os.walk and os.scandir over a small tree: top-down and bottom-up orders,
# pruning by editing dirs, a symbolic link to a folder (followed or not),
# an unreadable top given to onerror, DirEntry's answers.
import os
import shutil
import tempfile

root = tempfile.mkdtemp()
for d in ("a/b", "a/c", "d"):
    os.makedirs(os.path.join(root, d))
for f in ("top.txt", "a/one.txt", "a/b/two.txt", "d/three.txt"):
    with open(os.path.join(root, f), "w") as fh:
        fh.write(f)
os.symlink(os.path.join(root, "d"), os.path.join(root, "a", "link"))


def rel(p):
    return os.path.relpath(p, root)


def show(walker):
    for top, dirs, files in walker:
        print(" ", rel(top), sorted(dirs), sorted(files))


def sorted_walk(top, **kw):
    for top, dirs, files in os.walk(top, **kw):
        dirs.sort()
        yield top, dirs, files


print("top-down")
show(sorted_walk(root))
print("followlinks")
show(sorted_walk(root, followlinks=True))
print("bottom-up")
show(sorted(os.walk(root, topdown=False)))
order = [rel(t) for t, _, _ in os.walk(root, topdown=False)]
print(order.index("a/b") < order.index("a"), order[-1])
print("pruned")
for top, dirs, files in os.walk(root):
    dirs[:] = [d for d in dirs if d != "a"]
    print(" ", rel(top), sorted(dirs), sorted(files))

errors = []
print("missing", list(os.walk(os.path.join(root, "nope"), onerror=errors.append)))
print(type(errors[0]).__name__, errors[0].errno == 2, rel(errors[0].filename))

with os.scandir(os.path.join(root, "a")) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.stat().st_size > 0, e.inode() == os.lstat(e.path).st_ino)
print(os.fspath(entries[0]) == entries[0].path)
try:
    os.scandir(os.path.join(root, "nope"))
except FileNotFoundError as e:
    print("scandir:", e.strerror)
shutil.rmtree(root)
print(os.path.exists(root))
