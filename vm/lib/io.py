"""io for gilvm: in-memory streams (BytesIO over a bytearray, StringIO) as
CPython's io module has them, and the names of open()'s file types.

open() is the built-in one (vm/objects/file.c); TextIOWrapper,
BufferedReader, BufferedWriter and BufferedRandom are its files' types, for
isinstance checks (they cannot be constructed around another stream;
sys.stdout and sys.stderr have a type of their own).
BytesIO.getbuffer() is a memoryview of the bytearray itself, so resizing
the stream while a view is held raises BufferError, as in CPython.
"""

import os as _os

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class UnsupportedOperation(OSError, ValueError):
    pass


def _file_types():
    with open(_os.devnull, "rb") as r, open(_os.devnull, "wb") as w, \
            open(_os.devnull, "r+b") as rw, open(_os.devnull) as t:
        return type(t), type(r), type(w), type(rw)


TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom = _file_types()


def _index(value, what):
    if value is None:
        return -1
    if not isinstance(value, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
    return value


class _Memory:
    """What BytesIO and StringIO share: the closed state, the position,
    line iteration and the context manager.  A subclass keeps its value in
    self._buf (a bytearray, or a str assembled from pending chunks) and
    provides _length(), _slice(a, b), _find_newline(start) and _cut(size)."""

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check()
        return self._pos

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint, "hint")
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _index(size, "size")
        n = self._length()
        end = n if size < 0 else min(n, self._pos + size)
        if self._pos >= end:
            return self._slice(0, 0)
        data = self._slice(self._pos, end)
        self._pos = end
        return data

    def readline(self, size=-1):
        self._check()
        size = _index(size, "size")
        n = self._length()
        if self._pos >= n:
            return self._slice(0, 0)
        end = self._find_newline(self._pos)
        end = n if end < 0 else end + 1
        if size >= 0:
            end = min(end, self._pos + size)
        data = self._slice(self._pos, end)
        self._pos = end
        return data

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size, "size")
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < self._length():
            self._cut(size)
        return size


class BytesIO(_Memory):
    """A binary stream over an in-memory bytearray."""

    def __init__(self, initial_bytes=None):
        self._closed = False
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0

    def _length(self):
        return len(self._buf)

    def _slice(self, a, b):
        return bytes(self._buf[a:b])

    def _find_newline(self, start):
        return self._buf.find(b"\n", start)

    def _cut(self, size):
        del self._buf[size:]

    def _probe_exports(self):
        # A resize probe: BufferError while a getbuffer() view lives, as
        # CPython refuses every change of the stream then.
        self._buf.append(0)
        del self._buf[-1]

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._check()
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = memoryview(b).tobytes()
        n = len(data)
        if n == 0:
            return 0
        pos, length = self._pos, len(self._buf)
        if pos == length:
            self._buf += data
        else:
            self._probe_exports()
            if pos > length:
                self._buf += bytes(pos - length)
            self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos, "pos")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos

    def close(self):
        if not self._closed:
            self._probe_exports()
        self._closed = True


class StringIO(_Memory):
    """A text stream over an in-memory str.  Writes at the end are kept as
    pending chunks and joined when the value is next read."""

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._closed = False
        self._newline = newline
        self._buf = ""
        self._pending = []
        self._len = 0
        self._pos = 0
        self.write(initial_value)
        self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")   # CPython's StringIO: no period

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def _value(self):
        if self._pending:
            self._buf += "".join(self._pending)
            self._pending = []
        return self._buf

    def _length(self):
        return self._len

    def _slice(self, a, b):
        return self._value()[a:b]

    def _find_newline(self, start):
        # Lines end as newline says: newline="" ends one at \r, \n or \r\n
        # (untranslated), "\r" and "\r\n" at themselves, None and "\n" at \n.
        value = self._value()
        if self._newline == "":
            cr, lf = value.find("\r", start), value.find("\n", start)
            if cr < 0 or 0 <= lf < cr:
                return lf
            return cr + 1 if value.startswith("\n", cr + 1) else cr
        if self._newline in ("\r", "\r\n"):
            end = value.find(self._newline, start)
            return end if end < 0 else end + len(self._newline) - 1
        return value.find("\n", start)

    def _cut(self, size):
        self._buf = self._value()[:size]
        self._len = size

    def getvalue(self):
        self._check()
        return self._value()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        k = len(s)
        if k == 0:
            return n
        pos = self._pos
        if pos == self._len:
            self._pending.append(s)
        else:
            value = self._value()
            if pos > self._len:
                value += "\0" * (pos - self._len)
            self._buf = value[:pos] + s + value[pos + k:]
        self._len = max(self._len, pos + k)
        self._pos = pos + k
        return n

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos, "pos")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            pos = self._pos if whence == 1 else self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        self._pos = pos
        return pos
