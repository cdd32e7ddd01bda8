"""tempfile for gilvm: files and folders with fresh names in a temporary
folder, made so that no other process can have made them first.

A name is a prefix, eight random characters and a suffix; the file is made
with O_CREAT|O_EXCL (mode 0600) and the folder with mkdir (mode 0700), so a
name someone else took fails and the next is tried.  Paths are str only:
gilvm's os takes no bytes paths.  TemporaryFile has no name on disk: its
file is unlinked as soon as it is open (CPython uses O_TMPFILE for that).
SpooledTemporaryFile keeps its data in a BytesIO or StringIO (gilvm's
TextIOWrapper wraps only real files) until it outgrows max_size; in text
mode its positions are byte offsets, as a text file's are.
"""

import errno as _errno
import io as _io
import os as _os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory',
           'mkstemp', 'mkdtemp', 'mktemp', 'gettempdir', 'gettempprefix', 'TMP_MAX', 'tempdir',
           'template']

TMP_MAX = 238328   # glibc's TMP_MAX, which CPython's os.TMP_MAX is
template = 'tmp'
tempdir = None   # set it to choose the folder; gettempdir() fills it in once

_FILE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW
_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = None
_rng_pid = None


def _random_name():
    """Eight random name characters; a forked child reseeds, so parent and
    child never draw the same names."""
    global _rng, _rng_pid
    if _rng_pid != _os.getpid():
        _rng = _random.Random()
        _rng_pid = _os.getpid()
    return ''.join(_rng.choice(_NAME_CHARS) for _ in range(8))


def gettempprefix():
    """The prefix of the names made here: 'tmp'."""
    return template


def _usable(folder):
    """Can a file be made in folder?  Tried, not guessed from the mode."""
    for _ in range(100):
        path = _os.path.join(folder, _random_name())
        try:
            fd = _os.open(path, _FILE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        _os.close(fd)
        _os.unlink(path)
        return True
    return False


def _candidates():
    found = [_os.getenv(name) for name in ('TMPDIR', 'TEMP', 'TMP')]
    found = [d for d in found if d]
    found.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        found.append(_os.getcwd())
    except OSError:
        found.append(_os.curdir)
    return found


def gettempdir():
    """The folder temporary files go in: $TMPDIR, $TEMP, $TMP, /tmp,
    /var/tmp, /usr/tmp or the current folder, the first where a file can be
    made; chosen once."""
    global tempdir
    if tempdir is None:
        for folder in _candidates():
            if _usable(folder):
                tempdir = _os.path.abspath(folder)
                break
        else:
            raise FileNotFoundError(_errno.ENOENT, 'No usable temporary directory found in %s'
                                    % _candidates())
    return tempdir


def _parts(suffix, prefix, dir):
    """The defaults for what the caller left None, all str."""
    for part in (suffix, prefix, dir):
        if isinstance(part, bytes):
            raise TypeError('gilvm: tempfile takes str names only, not bytes')
    return (suffix or '', template if prefix is None else prefix,
            gettempdir() if dir is None else dir)


def _make(suffix, prefix, dir, make):
    """make(path) on fresh names until one is free: (make's result, path)."""
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return make(path), path
        except FileExistsError:
            continue
    raise FileExistsError(_errno.EEXIST, 'No usable temporary file name found')


def _open_new(path):
    return _os.open(path, _FILE_FLAGS, 0o600)


def _mkdir_new(path):
    _os.mkdir(path, 0o700)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """A new file, readable and writable by its owner only: (an open
    descriptor, its absolute path).  The caller removes it."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    fd, path = _make(suffix, prefix, dir, _open_new)
    return fd, _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """A new folder only its owner can enter: its path.  The caller removes it."""
    suffix, prefix, dir = _parts(suffix, prefix, dir)
    return _make(suffix, prefix, dir, _mkdir_new)[1]


def mktemp(suffix='', prefix=template, dir=None):
    """A path no file had when it was chosen.  Unsafe, as in CPython:
    another process may make the file before the caller does."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(_errno.EEXIST, 'No usable temporary filename found')


def _open_fd(fd, mode, buffering, encoding, newline):
    try:
        return open(fd, mode, buffering=buffering, encoding=encoding, newline=newline)
    except BaseException:
        _os.close(fd)
        raise


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None):
    """An open file with no name on disk: it is gone when closed."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(path)
    except BaseException:
        _os.close(fd)
        raise
    return _open_fd(fd, mode, buffering, encoding, newline)


class _TemporaryFileWrapper:
    """NamedTemporaryFile's result: the open file (its attributes read
    through) and the path in name; closing it, or losing the last reference,
    removes the file when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        try:
            self.file.close()
        finally:
            if self.delete and not self._removed:
                self._removed = True
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass   # the caller removed it already

    def __del__(self):
        if '_removed' in self.__dict__:
            self.close()

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper file=%r name=%r>' % (self.file, self.name)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True):
    """An open file with a path (its name attribute), removed when closed
    unless delete is false.  A context manager."""
    fd, path = mkstemp(suffix, prefix, dir)
    try:
        file = _open_fd(fd, mode, buffering, encoding, newline)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete)


class TemporaryDirectory:
    """A new folder (mkdtemp) removed with everything in it by cleanup(), at
    the end of a with block (which binds its path), or when the object dies."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return '<%s %r>' % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        if _os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_errors)

    def __del__(self):
        if '_done' in self.__dict__:
            self.cleanup()


class SpooledTemporaryFile:
    """A temporary file kept in memory until it grows past max_size bytes
    (or characters; 0 means no limit) or fileno() is asked for, then moved
    to a TemporaryFile at the same position."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._encoding = None if 'b' in mode else encoding or 'UTF-8'
        self._errors = None if 'b' in mode else errors or 'strict'
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering, 'suffix': suffix,
                                   'prefix': prefix, 'encoding': encoding, 'newline': newline,
                                   'dir': dir}

    def _check(self, file):
        if not self._rolled and self._max_size and self.tell() > self._max_size:
            self.rollover()

    def _text_in_memory(self):
        return not self._rolled and self._encoding is not None

    def _bytes_before(self, chars):
        """The byte offset of character offset chars of the in-memory text,
        which is what a text file's tell() and seek() speak in."""
        return len(self._file.getvalue()[:chars].encode(self._encoding, self._errors))

    def rollover(self):
        """Move the data to a real temporary file, keeping the position."""
        if self._rolled:
            return
        memory = self._file
        args = self._TemporaryFileArgs
        newfile = TemporaryFile(**args)
        data = memory.getvalue()
        pos = memory.tell()
        newfile.write(data)
        if isinstance(data, str):
            pos = self._bytes_before(pos)
        newfile.seek(pos, 0)
        memory.close()
        self._file = newfile
        del self._TemporaryFileArgs
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding if self._encoding is None else self._encoding

    @property
    def errors(self):
        return self._file.errors if self._errors is None else self._errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, pos, whence=0):
        if self._text_in_memory() and whence == 0:
            data = self._file.getvalue().encode(self._encoding, self._errors)
            pos = len(data[:pos].decode(self._encoding, self._errors))
        return self._file.seek(pos, whence)

    def tell(self):
        pos = self._file.tell()
        return self._bytes_before(pos) if self._text_in_memory() else pos

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    def writelines(self, iterable):
        file = self._file
        file.writelines(iterable)
        self._check(file)
