import errno

# The constants are the C library's numbers; aliases share a number.
print(errno.EPERM, errno.ENOENT, errno.EINTR, errno.EAGAIN, errno.EPIPE)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK,
      errno.ENOTSUP == errno.EOPNOTSUPP)

# errorcode: one name per number, every name's number in it.
# (Counts are left out: the C library may know newer errors than python3.)
print(type(errno.errorcode).__name__, len(errno.errorcode) > 120)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN],
      errno.errorcode[35], errno.errorcode[95])
names = [n for n in dir(errno) if n.startswith('E')]
print(len(names) > 120, all(getattr(errno, n) in errno.errorcode for n in names))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(errno.errorcode)[:5])

# OSError(errno, msg) picks the subclass CPython picks.
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EINTR,
             errno.EAGAIN, errno.EPIPE, errno.ECONNREFUSED, errno.ECONNRESET,
             errno.EISDIR, errno.ENOTDIR, errno.ESRCH, errno.ECHILD, errno.ETIMEDOUT,
             errno.EINVAL):
    e = OSError(code, 'x')
    print(errno.errorcode[code], type(e).__name__, e.errno, e.strerror, str(e))

try:
    open('/nonexistent/file/here')
except OSError as e:
    print(e.errno == errno.ENOENT, isinstance(e, FileNotFoundError))

try:
    errno.ENOSUCHTHING
except AttributeError as e:
    print(e)

# Only OSError itself maps; a subclass called by name stays itself.
print(type(OSError(errno.ENOENT, 'x', 'f')).__name__, type(OSError(True, 'x')).__name__,
      type(OSError(errno.ENOENT)).__name__, type(OSError(10**30, 'x')).__name__,
      type(ConnectionError(errno.ENOENT, 'x')).__name__, type(OSError('2', 'x')).__name__)
print(repr(OSError(errno.ENOENT, 'x', 'f')))
