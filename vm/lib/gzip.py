"""gzip files (RFC 1952) over the zlib module: compress, decompress, open
and GzipFile, writing the bytes python3 writes.

A gzip file is one or more members, each a header (magic, method 8,
flags, mtime, extra flags, OS, then an optional name, comment...), a raw
deflate stream and a trailer (CRC-32 and length mod 2**32 of the data).
Reading walks the members in turn (zero bytes between them are padding);
writing makes one member per GzipFile, so appending adds a member.
"""

import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ, WRITE = 1, 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_BEST = 9

# Compressed bytes read at a time, and the most decompressed bytes one
# step makes (a small input can inflate a thousandfold).
_CHUNK = 8192
_OUT_CHUNK = 65536

_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary ('rb', 'wb', 'ab', 'xb') or
    text ('rt', 'wt', 'at', 'xt') mode; return a GzipFile or, in text
    mode, a text file over one."""
    if "t" in mode:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return _TextFile(binary_file, encoding, errors, newline)
    return binary_file


def _header(compresslevel, mtime, fname):
    flags = FNAME if fname else 0
    if compresslevel == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif compresslevel == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    # OS 255 is "unknown", as python3 writes.
    head = struct.pack("<4sLBB", b"\037\213\010" + bytes([flags]),
                       int(mtime) & 0xffffffff, xfl, 255)
    if fname:
        head += fname + b"\000"
    return head


def _header_name(filename):
    """The name a member's header records: the file's base name without
    '.gz', in latin-1, or none if it has no latin-1 spelling."""
    fname = os.path.basename(filename)
    if not isinstance(fname, bytes):
        try:
            fname = fname.encode('latin-1')
        except UnicodeEncodeError:
            return b''
    if fname.endswith(b'.gz'):
        fname = fname[:-3]
    return fname


class _MemberReader:
    """Decompressed bytes from a stream of gzip members, with each member's
    header, CRC and length checked."""

    def __init__(self, fileobj):
        self._fp = fileobj
        self._pending = b''      # compressed bytes read but not yet used
        self._decomp = None      # the current member's, or None between
        self._started = False
        self.last_mtime = None

    def _read_raw(self, size):
        if self._pending:
            data, self._pending = self._pending[:size], self._pending[size:]
            return data
        return self._fp.read(size)

    def _read_exact(self, size):
        data = self._read_raw(size)
        while len(data) < size:
            more = self._read_raw(size - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def _skip_string(self):
        while True:
            c = self._read_raw(1)
            if not c or c == b'\000':
                return

    def _start_member(self):
        """Read the next member's header; false at the end of the file."""
        if self._started:
            # Zero bytes between members are padding.
            c = b"\x00"
            while c == b"\x00":
                c = self._read_raw(1)
            self._pending = c + self._pending
        magic = self._read_raw(2)
        if magic == b'':
            return False
        if magic != b'\037\213':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flag, self.last_mtime = struct.unpack(
            "<BBIxx", self._read_exact(8))
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flag & FEXTRA:
            extra_len, = struct.unpack("<H", self._read_exact(2))
            self._read_exact(extra_len)
        if flag & FNAME:
            self._skip_string()
        if flag & FCOMMENT:
            self._skip_string()
        if flag & FHCRC:
            self._read_exact(2)
        self._started = True
        self._decomp = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        self._crc = 0
        self._size = 0
        return True

    def _end_member(self):
        self._pending = self._decomp.unused_data + self._pending
        self._decomp = None
        crc, isize = struct.unpack("<II", self._read_exact(8))
        if crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s"
                              % (hex(crc), hex(self._crc)))
        if isize != (self._size & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")

    def read_chunk(self):
        """The next decompressed bytes; b'' at the end of the file."""
        while True:
            if self._decomp is None and not self._start_member():
                return b''
            buf = self._decomp.unconsumed_tail or self._read_raw(_CHUNK)
            out = self._decomp.decompress(buf, _OUT_CHUNK)
            if out:
                self._crc = zlib.crc32(out, self._crc)
                self._size += len(out)
            if self._decomp.eof:
                self._end_member()
            elif not buf:
                raise EOFError(_TRUNCATED)
            if out:
                return out


class GzipFile:
    """A file-like object over a gzip file: reading decompresses, writing
    compresses.  mtime is the modification time of the last member read."""

    myfileobj = None
    fileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        self.name = filename
        self._buf = b''          # decompressed bytes, unread from _off
        self._off = 0
        self._pos = 0            # uncompressed offset, for tell()
        if mode.startswith('r'):
            self.mode = READ
            self._reader = _MemberReader(fileobj)
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._compress = zlib.compressobj(
                compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                zlib.DEF_MEM_LEVEL, 0)
            self._crc = 0
            self._size = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            if mtime is None:
                mtime = time.time()
            fileobj.write(_header(compresslevel, mtime,
                                  _header_name(filename)))

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        if self.mode != READ:
            return None
        return self._reader.last_mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check_open(self, mode, what):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode != mode:
            other = "write-only" if mode == READ else "read-only"
            raise OSError(9, "%s() on %s GzipFile object" % (what, other))

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return False

    def fileno(self):
        return self.fileobj.fileno()

    def tell(self):
        if self.mode == WRITE:
            return self._size
        return self._pos

    def write(self, data):
        self._check_open(WRITE, "write")
        if isinstance(data, bytes):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if length > 0:
            self.fileobj.write(self._compress.compress(data))
            self._size += length
            self._crc = zlib.crc32(data, self._crc)
        return length

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    # Unread data is self._buf[self._off:]: taking a line moves the offset
    # instead of copying the rest of the chunk.

    def _avail(self):
        return len(self._buf) - self._off

    def _fill(self):
        """Add the next decompressed chunk to the buffer; false at EOF."""
        chunk = self._reader.read_chunk()
        if chunk:
            self._buf = self._buf[self._off:] + chunk
            self._off = 0
        return bool(chunk)

    def _take(self, n):
        data = self._buf[self._off:self._off + n]
        self._off += len(data)
        self._pos += len(data)
        return data

    def read(self, size=-1):
        self._check_open(READ, "read")
        if size is None or size < 0:
            parts = [self._take(self._avail())]
            while True:
                chunk = self._reader.read_chunk()
                if not chunk:
                    break
                parts.append(chunk)
                self._pos += len(chunk)
            return b''.join(parts)
        while self._avail() < size and self._fill():
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._check_open(READ, "read1")
        if not self._avail():
            self._fill()
        if size is None or size < 0:
            size = self._avail()
        return self._take(size)

    def peek(self, n):
        self._check_open(READ, "peek")
        if not self._avail():
            self._fill()
        return self._buf[self._off:]

    def readline(self, size=-1):
        self._check_open(READ, "readline")
        if size is None:
            size = -1
        start = self._off
        while True:
            end = self._buf.find(b'\n', start)
            if end >= 0:
                end += 1
                break
            if 0 <= size <= self._avail():
                end = self._off + size
                break
            start = self._avail()
            if not self._fill():
                end = len(self._buf)
                break
            # _fill moved the unread bytes to the front.
        n = end - self._off
        if 0 <= size < n:
            n = size
        return self._take(n)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open(READ, "readline")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._compress.flush())
                fileobj.write(struct.pack("<LL", self._crc,
                                          self._size & 0xffffffff))
        finally:
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __enter__(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        # As an io object in CPython, a dropped GzipFile is closed, so its
        # member still gets its trailer.
        try:
            self.close()
        except Exception:
            pass


class _TextFile:
    """A text file over a GzipFile (gilvm's io cannot wrap a stream).

    It decodes whole lines: a read goes on to the end of a line, and b'\\n'
    is never inside another character in the encodings this supports
    (ASCII-compatible ones such as UTF-8 and latin-1).  Reading translates
    newlines when newline is None and leaves them when it is '\\n'.
    """

    def __init__(self, binary, encoding, errors, newline):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if binary.mode == READ and newline not in (None, '\n'):
            binary.close()
            raise NotImplementedError(
                "gzip text reading takes newline None or '\\n' only")
        self.buffer = binary
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self._text = ''

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def _fill(self):
        data = self.buffer.read(_CHUNK)
        if not data:
            return False
        if not data.endswith(b'\n'):
            data += self.buffer.readline()
        text = data.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._text += text
        return True

    def _take(self, n):
        text, self._text = self._text[:n], self._text[n:]
        return text

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            while self._fill():
                pass
            return self._take(len(self._text))
        while len(self._text) < size and self._fill():
            pass
        return self._take(size)

    def readline(self, size=-1):
        self._check_closed()
        if size is None:
            size = -1
        while '\n' not in self._text and self._fill():
            pass
        end = self._text.find('\n') + 1 or len(self._text)
        if 0 <= size < end:
            end = size
        return self._take(end)

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s"
                            % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        # As io.TextIOWrapper does: its flush is a sync flush of the deflate
        # stream, which shows in the file's bytes.
        if self.buffer.closed:
            return
        try:
            self.flush()
        finally:
            self.buffer.close()

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip-compressed bytes;
    mtime (default now) goes into the header."""
    if mtime is None:
        mtime = time.time()
    if mtime == 0:
        # python3 (3.11+) lets zlib write the header then, which names the
        # OS (3, Unix) where GzipFile writes 255; match its bytes.
        c = zlib.compressobj(compresslevel, zlib.DEFLATED, 16 + zlib.MAX_WBITS,
                             zlib.DEF_MEM_LEVEL, 0)
        return c.compress(data) + c.flush()
    c = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                         zlib.DEF_MEM_LEVEL, 0)
    body = c.compress(data) + c.flush()
    trailer = struct.pack("<LL", zlib.crc32(data), len(data) & 0xffffffff)
    return _header(compresslevel, mtime, b'') + body + trailer


def decompress(data):
    """Decompress a gzip-compressed bytes object: every member, joined."""
    reader = _MemberReader(io.BytesIO(data))
    parts = []
    while True:
        chunk = reader.read_chunk()
        if not chunk:
            return b''.join(parts)
        parts.append(chunk)

