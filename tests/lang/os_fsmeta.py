# os.chmod, os.utime, os.statvfs and os.get_terminal_size: results and
# python3's errors.  Files live in a folder removed at the end.
import os
import stat
import tempfile


def report(fn, *args, **kw):
    try:
        print(fn(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


base = tempfile.mkdtemp()
path = os.path.join(base, 'f')
missing = os.path.join(base, 'missing')
open(path, 'w').close()

for mode in (0o600, 0o755, 0o4711, 0o1777, 0):
    os.chmod(path, mode)
    print(oct(stat.S_IMODE(os.stat(path).st_mode)))
fd = os.open(path, os.O_RDONLY)
os.chmod(fd, 0o640)
print(oct(stat.S_IMODE(os.stat(path).st_mode)))
os.close(fd)
try:
    os.chmod(missing, 0o644)
except FileNotFoundError as e:
    print(e.errno, e.filename == missing, e.strerror)
report(os.chmod, path, 'x')

os.utime(path, (1000000000, 1500000000))
st = os.stat(path)
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns)
os.utime(path, (1.25, 2.75))
st = os.stat(path)
print(st.st_atime_ns, st.st_mtime_ns)
os.utime(path, ns=(123456789012345678, 5))
st = os.stat(path)
print(st.st_atime_ns, st.st_mtime_ns)
os.utime(path, times=(-1.5, 0))
print(os.stat(path).st_atime_ns)
os.utime(path)
print(os.stat(path).st_mtime > 1500000000)
os.utime(path, None)
for args, kw in ((('/',), {'ns': (1,)}), ((path, (1,)), {}), ((path, [1, 2]), {}),
                 ((path, (1, 2)), {'ns': (1, 2)}), ((path, ('a', 2)), {}),
                 ((path,), {'ns': (1.5, 2)}), ((path,), {'ns': [1, 2]}), ((missing,), {})):
    report(os.utime, *args, **kw)

v = os.statvfs(base)
print(type(v).__name__, len(v), isinstance(v, tuple), v[0] == v.f_bsize, v[9] == v.f_namemax)
print(v.f_blocks >= v.f_bfree >= 0, v.f_frsize > 0, type(v.f_fsid).__name__)
print(repr(v).startswith('os.statvfs_result(f_bsize='), v[:2] == (v.f_bsize, v.f_frsize))
fd = os.open(base, os.O_RDONLY)
print(os.statvfs(fd).f_fsid == v.f_fsid)
os.close(fd)
try:
    os.statvfs(missing)
except FileNotFoundError as e:
    print(e.errno, e.filename == missing)

ts = os.terminal_size((100, 30))
print(ts, ts.columns, ts.lines, ts[0], isinstance(ts, tuple))
fd = os.open(path, os.O_RDONLY)
try:
    os.get_terminal_size(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(fd)
report(os.get_terminal_size, 'x')
report(os.get_terminal_size, 1, 2)
print(os.O_NOFOLLOW == os.O_NOFOLLOW | 0, os.O_NOFOLLOW > 0)
try:
    os.open(os.path.join(base, 'link'), os.O_RDONLY | os.O_NOFOLLOW)
except FileNotFoundError as e:
    print(e.errno)
os.symlink(path, os.path.join(base, 'link'))
try:
    os.open(os.path.join(base, 'link'), os.O_RDONLY | os.O_NOFOLLOW)
except OSError as e:
    print(type(e).__name__, e.errno)

os.unlink(os.path.join(base, 'link'))
os.unlink(path)
os.rmdir(base)
print(os.path.exists(base))
