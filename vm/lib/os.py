"""os for gilvm: CPython's os face over the `posix` C module.

As in CPython, the system calls live in `posix` and this module adds what is
written in Python: os.path (bound to posixpath, also as sys.modules['os.path']),
environ (a mapping over the real environment: assigning calls putenv, so a
child process sees it), getenv, makedirs, scandir, walk, PathLike, the result types of stat, times
and uname, and the constants.
"""

import abc as _abc
import sys
import posix
from posix import *
from posix import _exit, _execve
from posix import environ as _environ_at_start
import posixpath as path
from types import GenericAlias as _GenericAlias

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
altsep = None
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
error = OSError


class _StructSeq(tuple):
    """CPython's struct sequences: a tuple of the first fields, each field a name."""
    __slots__ = ()
    _fields = ()
    _visible = 0

    def __repr__(self):
        items = ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))
        return '%s.%s(%s)' % (self.__module__, type(self).__name__, items)


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i))


def _struct_seq(name, fields, module='posix'):
    ns = {'__slots__': (), '_fields': fields, '__module__': module}
    for i, f in enumerate(fields):
        ns[f] = _field(i)
    return type(name, (_StructSeq,), ns)


class stat_result(tuple):
    """os.stat()'s result: ten ints as a tuple (the times whole seconds),
    the float times and the rest as attributes."""
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')

    st_mode = _field(0)
    st_ino = _field(1)
    st_dev = _field(2)
    st_nlink = _field(3)
    st_uid = _field(4)
    st_gid = _field(5)
    st_size = _field(6)

    def __repr__(self):
        items = ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))
        return 'os.stat_result(%s)' % items


def _stat_result(raw):
    r = stat_result(raw[:10])
    r.st_atime_ns, r.st_mtime_ns, r.st_ctime_ns = raw[10:13]
    r.st_atime = raw[10] / 1e9
    r.st_mtime = raw[11] / 1e9
    r.st_ctime = raw[12] / 1e9
    r.st_blksize, r.st_blocks = raw[13:15]
    return r


def stat(path):
    """The file's status: a stat_result (a descriptor number stats it)."""
    return _stat_result(posix.stat(path))


def lstat(path):
    """stat() of a symbolic link itself."""
    return _stat_result(posix.lstat(path))


def fstat(fd):
    return _stat_result(posix.stat(fd))


class statvfs_result(tuple):
    """os.statvfs()'s result: ten ints as a tuple, f_fsid an attribute."""
    _fields = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree',
               'f_favail', 'f_flag', 'f_namemax')

    def __repr__(self):
        items = ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))
        return 'os.statvfs_result(%s)' % items


for _i, _name in enumerate(statvfs_result._fields):
    setattr(statvfs_result, _name, _field(_i))
del _i, _name


def statvfs(path):
    """The status of the file system holding path (or descriptor path)."""
    raw = posix.statvfs(path)
    r = statvfs_result(raw[:10])
    r.f_fsid = raw[10]
    return r


terminal_size = _struct_seq('terminal_size', ('columns', 'lines'), 'os')


def get_terminal_size(*fd):
    """The size of the terminal on fd (standard output when none):
    (columns, lines).  posix checks the arguments, in CPython's words."""
    return terminal_size(posix.get_terminal_size(*fd))


times_result = _struct_seq('times_result', ('user', 'system', 'children_user',
                                            'children_system', 'elapsed'))
uname_result = _struct_seq('uname_result', ('sysname', 'nodename', 'release', 'version',
                                            'machine'))


def fdopen(fd, mode='r', buffering=-1, **kwargs):
    """A file object over an open file descriptor, as open(fd, ...)."""
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd).__name__)
    import io   # here, as os.open is posix's; io imports os
    return io.open(fd, mode, buffering, **kwargs)


def times():
    """CPU and elapsed times of this process and its waited-for children."""
    return times_result(posix.times())


def uname():
    return uname_result(posix.uname())


class sched_param(_struct_seq('sched_param', ('sched_priority',))):
    """A scheduling policy's parameter: the static priority (1-99 for
    SCHED_FIFO and SCHED_RR, 0 for the others)."""
    __slots__ = ()
    __module__ = 'posix'

    def __new__(cls, sched_priority):
        return tuple.__new__(cls, (sched_priority,))


def _priority_of(param):
    if not isinstance(param, sched_param):
        raise TypeError('must have a sched_param object')
    return param.sched_priority


def sched_setscheduler(pid, policy, param):
    """Set pid's (0: this process's) scheduling policy and priority."""
    posix._sched_setscheduler(pid, policy, _priority_of(param))


def sched_setparam(pid, param):
    posix._sched_setparam(pid, _priority_of(param))


def sched_getparam(pid):
    return sched_param(posix._sched_getparam(pid))


# ---- the environment

class _Environ:
    """os.environ: a str mapping over the process's environment.  Setting or
    deleting a key changes the real environment too (putenv/unsetenv), so
    child processes inherit it, as in CPython."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not %s' % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        return self._data == dict(other.items()) if hasattr(other, 'items') else NotImplemented

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kw):
        pairs = other.items() if hasattr(other, 'items') else other
        for key, value in pairs:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        return 'environ(%r)' % (self._data,)


environ = _Environ(dict(_environ_at_start))
del _environ_at_start


def getenv(key, default=None):
    """environ's value for key, or default."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The folders a program name is looked up in: env's PATH (os.environ's
    when env is None), else os.defpath."""
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = defpath
    return value.split(pathsep)


# ---- running programs

def execv(path, args):
    """Replace this process with the program at path, run with args."""
    _execve(path, args, None)


def _env_strings(env):
    return None if env is None else ['%s=%s' % kv for kv in env.items()]


def execve(path, args, env):
    """execv with the environment env (a mapping) instead of this one's."""
    _execve(path, args, _env_strings(env))


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execv, looking file up in PATH unless it names a folder."""
    _exec_search(file, args, None)


def execvpe(file, args, env):
    _exec_search(file, args, env)


def _exec_search(file, args, env):
    # As execvp(3): a name with a slash is run as it is; otherwise each PATH
    # folder is tried, and the error reported is the first one that is not
    # "no such file" (a found but unrunnable program), else the last.
    if path.dirname(file):
        _execve(file, args, _env_strings(env))
        return
    found = None
    last = None
    for folder in get_exec_path(env):
        try:
            _exec_search(path.join(folder, file), args, env)
        except (FileNotFoundError, NotADirectoryError) as e:
            last = e
        except OSError as e:
            last = e
            if found is None:
                found = e
    raise found if found is not None else last


def popen(cmd, mode='r', buffering=-1):
    """A text stream over the standard output (mode 'r') or input ('w') of
    `sh -c cmd`; its close() returns None when the command succeeded, else
    its wait status."""
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, text=True,
                                bufsize=buffering)
        return _PopenStream(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE, text=True, bufsize=buffering)
    return _PopenStream(proc.stdin, proc)


class _PopenStream:
    """popen()'s stream: the pipe's text stream, whose close() also waits."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        return None if status == 0 else status << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def replace(src, dst):
    """rename: on POSIX it already replaces dst."""
    rename(src, dst)


def renames(old, new):
    """rename, making new's missing folders first and removing old's
    folders that the move left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


# ---- folders

def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir, making every missing parent first."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass   # made meanwhile by someone else
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


class DirEntry:
    """One name scandir() found: its status is read once, when first asked
    (lstat, then stat for a link followed), where CPython reads the type
    from the directory listing itself; the answers are the same."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)
        self._lstat = self._stat = None

    def __repr__(self):
        return '<DirEntry %r>' % self.name

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        if not follow_symlinks or not self.is_symlink():
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode_is(self, kind, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == kind
        except FileNotFoundError:
            return False

    def is_symlink(self):
        return self._mode_is(0o120000, False)

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(0o100000, follow_symlinks)


class _ScandirIterator:
    def __init__(self, folder):
        self._folder = folder
        self._names = iter(listdir(folder))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._folder, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path='.'):
    """The folder's entries as DirEntry objects, in listdir's order."""
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """(folder, its subfolders, its files) for top and every folder below
    it; a folder that cannot be listed goes to onerror and is skipped."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs = [e.name for e in entries if e.is_dir()]
    files = [e.name for e in entries if not e.is_dir()]
    if topdown:
        yield top, dirs, files
    for name in dirs:
        sub = path.join(top, name)
        if followlinks or not path.islink(sub):
            yield from walk(sub, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def removedirs(name):
    """rmdir, then each parent the removal left empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(type(p), '__fspath__'):
        return p.__fspath__()
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)


class PathLike(_abc.ABC):
    """What has __fspath__ (pathlib's paths): an ABC that asks the class,
    so nothing needs registering."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                return klass.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename
