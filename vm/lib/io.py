"""io for gilvm: in-memory streams (BytesIO over a bytearray, StringIO) as
CPython's io module has them, and the names of open()'s file types.

open() is the built-in one (vm/objects/file.c); BufferedReader,
BufferedWriter and BufferedRandom are its binary files' types, for isinstance
checks (they cannot be constructed around another stream; sys.stdout and
sys.stderr have a type of their own).  A UTF-8 text file open() makes is
its own C type too; TextIOWrapper here is text in any codec over any binary
stream, which open() returns for another encoding, errors handler or
newline, and isinstance counts the C text files as TextIOWrapper.
BytesIO.getbuffer() is a memoryview of the bytearray itself, so resizing
the stream while a view is held raises BufferError, as in CPython.
"""

import codecs as _codecs
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
            open(_os.devnull, "r+b") as rw, open(_os.devnull) as t, \
            open(_os.devnull, "rb", buffering=0) as raw:
        return type(t), type(r), type(w), type(rw), type(raw)


_CText, _CReader, _CWriter, _CRandom, _CRaw = _file_types()


class _IOMeta(type):
    """isinstance and issubclass count open()'s C file types as the
    classes CPython gives them; a class names its own in _c_types (not
    inherited, so a user's subclass claims none)."""

    def _claims(cls, t):
        return any(issubclass(t, c) for c in vars(cls).get("_c_types", ()))

    def __instancecheck__(cls, obj):
        return type.__instancecheck__(cls, obj) or cls._claims(type(obj))

    def __subclasscheck__(cls, sub):
        return type.__subclasscheck__(cls, sub) or (isinstance(sub, type) and cls._claims(sub))


class IOBase(metaclass=_IOMeta):
    """What every stream has: closing, line reading over read (and peek,
    when there is one), iteration, the context manager; the rest raises
    UnsupportedOperation."""

    _c_types = (_CText, _CReader, _CWriter, _CRandom, _CRaw)
    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, *args):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, *args):
        self._unsupported("truncate")

    def fileno(self):
        self._unsupported("fileno")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def readline(self, size=-1):
        size = _index(size, "size")
        line = bytearray()
        while size < 0 or len(line) < size:
            want = 1
            if hasattr(self, "peek"):
                ahead = self.peek(1)
                if ahead:
                    end = ahead.find(b"\n") + 1 or len(ahead)
                    want = end if size < 0 else min(end, size - len(line))
            got = self.read(want)
            if not got:
                break
            line += got
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint, "hint")
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered bytes: a subclass gives readinto (and write); read and
    readall come from it."""

    _c_types = (_CRaw,)

    def read(self, size=-1):
        size = _index(size, "size")
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        return None if n is None else bytes(b[:n])

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                return b"".join(parts) if parts else None
            if not data:
                return b"".join(parts)
            parts.append(data)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered bytes: a subclass gives read (and write); readinto comes
    from read."""

    _c_types = (_CReader, _CWriter, _CRandom)

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b).cast("B")
        data = read(len(view))
        view[:len(data)] = data
        return len(data)


class TextIOBase(IOBase):
    """Text: a subclass gives read, readline or write as it can."""

    _c_types = (_CText,)

    def read(self, size=-1):
        self._unsupported("read")

    def readline(self, size=-1):
        self._unsupported("readline")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    encoding = errors = newlines = None


class FileIO(RawIOBase):
    """open(name, mode, buffering=0): a C raw file, counted as FileIO."""

    _c_types = (_CRaw,)

    def __new__(cls, file, mode="r", closefd=True, opener=None):
        if opener is not None:
            raise NotImplementedError("gilvm: FileIO(opener=...) is not supported")
        mode = mode if "b" in mode else mode + "b"
        return open(file, mode, buffering=0, closefd=closefd)


class _OverRaw(BufferedIOBase):
    """What a buffered stream over a program's raw stream forwards to it."""

    def __init__(self, raw, buffer_size, able):
        if not getattr(raw, able)():
            raise OSError('"raw" argument must be %s.' % able)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name


class BufferedReader(_OverRaw):
    """Reads a raw stream ahead in chunks; open()'s binary read files count
    as BufferedReader too."""

    _c_types = (_CReader,)

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _OverRaw.__init__(self, raw, buffer_size, "readable")
        self._ahead = b""

    def readable(self):
        return self.raw.readable()

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def _fill(self):
        data = self.raw.read(self.buffer_size)
        if data:
            self._ahead += data
        return data

    def peek(self, size=0):
        self._checkClosed("peek of closed file")
        if not self._ahead:
            self._fill()
        return self._ahead

    def read1(self, size=-1):
        self._checkClosed("read of closed file")
        size = _index(size, "size")
        if not self._ahead and size != 0:
            self._fill()
        return self._take(size if size >= 0 else len(self._ahead))

    def read(self, size=-1):
        self._checkClosed("read of closed file")
        size = _index(size, "size")
        while size < 0 or len(self._ahead) < size:
            if not self._fill():
                break
        return self._take(size if size >= 0 else len(self._ahead))

    def _take(self, n):
        data, self._ahead = self._ahead[:n], self._ahead[n:]
        return data

    def tell(self):
        return self.raw.tell() - len(self._ahead)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos -= len(self._ahead)
        self._ahead = b""
        return self.raw.seek(pos, whence)


class BufferedWriter(_OverRaw):
    """Gathers writes for a raw stream; open()'s binary write files count as
    BufferedWriter too."""

    _c_types = (_CWriter,)

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _OverRaw.__init__(self, raw, buffer_size, "writable")
        self._pending = bytearray()

    def writable(self):
        return self.raw.writable()

    def write(self, b):
        """Kept while it fits the buffer; else what was kept goes out, then
        the new data as long as more than a buffer's worth is left."""
        self._checkClosed("write to closed file")
        data = bytes(b)
        if len(self._pending) + len(data) > self.buffer_size:
            self._write_out()
            while len(data) > self.buffer_size:
                data = data[self._raw_write(data):]
        self._pending += data
        return memoryview(b).nbytes

    def _raw_write(self, data):
        n = self.raw.write(data)
        if n is None:
            raise BlockingIOError("write could not complete without blocking")
        return n

    def _write_out(self):
        while self._pending:
            del self._pending[:self._raw_write(bytes(self._pending))]

    def flush(self):
        self._checkClosed("flush of closed file")
        self._write_out()
        if hasattr(self.raw, "flush"):
            self.raw.flush()

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        self.flush()
        raw, self.raw = self.raw, None
        return raw

    def tell(self):
        return self.raw.tell() + len(self._pending)

    def seek(self, pos, whence=0):
        self.flush()
        return self.raw.seek(pos, whence)


class BufferedRandom(BufferedIOBase):
    """open()'s binary read-write files' class (not constructible here)."""

    _c_types = (_CRandom,)

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("gilvm: io.BufferedRandom cannot wrap another stream; "
                                  "use open(name, 'r+b')")


def _index(value, what):
    if value is None:
        return -1
    if not isinstance(value, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(value).__name__)
    return value


class _Memory:
    """What BytesIO and StringIO share beyond IOBase's: the closed state and
    the position.  A subclass keeps its value in
    self._buf (a bytearray, or a str assembled from pending chunks) and
    provides _length(), _slice(a, b), _find_newline(start) and _cut(size)."""

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def tell(self):
        self._checkClosed()
        return self._pos

    def read(self, size=-1):
        self._checkClosed()
        size = _index(size, "size")
        n = self._length()
        end = n if size < 0 else min(n, self._pos + size)
        if self._pos >= end:
            return self._slice(0, 0)
        data = self._slice(self._pos, end)
        self._pos = end
        return data

    def readline(self, size=-1):
        self._checkClosed()
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
        self._checkClosed()
        if size is None:
            size = self._pos
        else:
            size = _index(size, "size")
            if size < 0:
                raise ValueError("negative size value %d" % size)
        if size < self._length():
            self._cut(size)
        return size


class BytesIO(_Memory, BufferedIOBase):
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
        self._checkClosed()
        return bytes(self._buf)

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, b):
        self._checkClosed()
        view = memoryview(b)
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, b):
        self._checkClosed()
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
        self._checkClosed()
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


class StringIO(_Memory, TextIOBase):
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

    def _checkClosed(self, msg=None):
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
        self._checkClosed()
        return self._value()

    def write(self, s):
        self._checkClosed()
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
        self._checkClosed()
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


class _IncrementalNewlineDecoder:
    """A decoder's text with line ends noted (for .newlines) and, when
    translate, read as '\n'.  A '\r' at the end of a piece waits for the
    next, which may begin with the '\n' of a "\r\n"."""

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate):
        self.decoder = decoder
        self.translate = translate
        self.seennl = 0
        self.pendingcr = False

    def decode(self, data, final=False):
        output = self.decoder.decode(data, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self.seennl]


class TextIOWrapper(TextIOBase):
    """Text in one codec over a binary stream: an incremental decoder reads
    it (a character split between reads comes out whole), an incremental
    encoder writes it, and newline says how line ends translate, as in
    CPython.  open()'s UTF-8 text files count as TextIOWrapper too."""

    _c_types = (_CText,)

    _CHUNK = DEFAULT_BUFFER_SIZE

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is not None and not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        info = _codecs.lookup(encoding or "utf-8")
        self._buffer = buffer
        self._encoding = encoding or "UTF-8"
        self._errors = errors or "strict"
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or _os.linesep
        self._decoder = None
        self._encoder = None
        self._text = ""   # decoded, not yet read
        self._eof = False
        if buffer.readable():
            decoder = info.incrementaldecoder(self._errors)
            if self._readuniversal:
                decoder = _IncrementalNewlineDecoder(decoder, self._readtranslate)
            self._decoder = decoder
        if buffer.writable():
            self._encoder = info.incrementalencoder(self._errors)
            if buffer.seekable() and buffer.tell() != 0:
                self._encoder.setstate(0)   # no BOM in the middle of a file

    # ---- attributes ----

    @property
    def buffer(self):
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return getattr(self._decoder, "newlines", None)

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(" name=%r" % (self.name,))
        except AttributeError:
            pass
        if "mode" in self.__dict__:
            parts.append(" mode=%r" % (self.mode,))
        return "".join(parts) + " encoding=%r>" % (self._encoding,)

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    # ---- writing ----

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._encoder is None:
            raise UnsupportedOperation("not writable")
        n = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._text:
            raise UnsupportedOperation("gilvm: writing to a text file after a read that left "
                                       "decoded text unread is not supported")
        self._buffer.write(self._encoder.encode(s))
        if self._line_buffering and (haslf or "\r" in s) or self._write_through:
            self._buffer.flush()
        return n

    def flush(self):
        self._checkClosed()
        self._buffer.flush()

    def close(self):
        if not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def detach(self):
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    # ---- reading ----

    def _read_chunk(self):
        """Decodes one more chunk into self._text; False at the end."""
        if self._eof:
            return False
        read1 = getattr(self._buffer, "read1", None)
        data = read1(self._CHUNK) if read1 is not None else self._buffer.read(self._CHUNK)
        self._eof = not data
        self._text += self._decoder.decode(data, final=self._eof)
        return not self._eof or bool(self._text)

    def _check_readable(self):
        self._checkClosed()
        if self._decoder is None:
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
        if size < 0:
            data = self._buffer.read()
            self._eof = True
            text = self._text + self._decoder.decode(data, final=True)
            self._text = ""
            return text
        while len(self._text) < size and self._read_chunk():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def _line_end(self, start):
        """Where the first line in self._text ends (after its line end), or -1."""
        text = self._text
        if self._readtranslate or self._readnl == "\n":
            i = text.find("\n", start)
            return i + 1 if i >= 0 else -1
        if self._readuniversal:
            cr, lf = text.find("\r", start), text.find("\n", start)
            if cr < 0 or 0 <= lf < cr:
                return lf + 1 if lf >= 0 else -1
            if cr + 1 == len(text) and not self._eof:
                return -1   # a "\r\n" may be split between chunks
            return cr + 2 if text.startswith("\n", cr + 1) else cr + 1
        i = text.find(self._readnl, start)
        return i + len(self._readnl) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0 or 0 <= size <= len(self._text):
                break
            start = max(len(self._text) - 1, 0)
            if not self._read_chunk():
                end = len(self._text)
                break
        if end < 0 or 0 <= size < end:
            end = size if size >= 0 else len(self._text)
        line, self._text = self._text[:end], self._text[end:]
        return line

    # ---- position ----

    def _decoder_holds(self):
        """Whether the decoder holds bytes or a '\r' it has not given out."""
        d = self._decoder
        if isinstance(d, _IncrementalNewlineDecoder):
            if d.pendingcr:
                return True
            d = d.decoder
        return bool(getattr(d, "buffer", b""))

    def tell(self):
        self._checkClosed()
        if self._text or (self._decoder is not None and self._decoder_holds()):
            raise UnsupportedOperation("gilvm: tell() of a text file with decoded text "
                                       "not yet read is not supported")
        if self._encoder is not None:
            self._buffer.flush()
        return self._buffer.tell()

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self.flush()
        pos = self._buffer.seek(cookie, whence)
        self._text = ""
        self._eof = False
        if self._decoder is not None:
            self._decoder.reset()
        if self._encoder is not None:
            self._encoder.reset()
            if pos != 0:
                self._encoder.setstate(0)
        return pos

    def truncate(self, pos=None):
        self.flush()
        return self._buffer.truncate(pos)


# The concrete streams are _io's in python3 (their class reprs say so);
# the abstract bases stay io's.
for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, BytesIO, StringIO, TextIOWrapper):
    _cls.__module__ = '_io'
del _cls
