"""What gzip.GzipFile, bz2.BZ2File and lzma.LZMAFile share: the file face
over a stream of decompressed chunks (read, readline, iteration, peek,
seek...), and open()'s handling of binary and text modes (text:
io.TextIOWrapper over the binary file, as CPython's).

A CompressedFile subclass sets fileobj, mode (READ or WRITE), name, and
myfileobj when it opened fileobj itself (close() closes it); when reading
_reader (a StreamReader, or any object whose read_chunk() gives the next
decompressed bytes, b'' at the end, and whose rewind() starts it again
after fileobj is back at its start) with _buf = b'', _off = _pos = 0; when
writing it counts the bytes written in _size, and supplies write, flush
and _end_stream (the bytes that end what it wrote, written by close()).
"""

import builtins
import io
import os

READ, WRITE = 1, 2

# Compressed bytes read at a time.
CHUNK = 8192

TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


def open_file(make, filename, mode, encoding, errors, newline):
    """A module's open(): make(filename or None, binary mode, fileobj or
    None) builds its file; text modes wrap it in an io.TextIOWrapper."""
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
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        binary_file = make(filename, binary_mode, None)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        binary_file = make(None, binary_mode, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if "t" in mode:
        return io.TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


class StreamReader:
    """Decompressed bytes from consecutive compressed streams in fileobj.
    make() gives a decompressor for one stream (eof, unused_data,
    needs_input, decompress()); bytes after a stream that raise
    trailing_error when read as another are ignored."""

    def __init__(self, fileobj, make, trailing_error):
        self._fp = fileobj
        self._make = make
        self._trailing_error = trailing_error
        self.rewind()

    def rewind(self):
        self._decomp = self._make()
        self._done = False

    def read_chunk(self):
        """The next decompressed bytes; b'' at the end of the file."""
        while not self._done:
            if self._decomp.eof:
                rest = self._decomp.unused_data or self._fp.read(CHUNK)
                if not rest:
                    self._done = True
                    break
                self._decomp = self._make()
                try:
                    out = self._decomp.decompress(rest)
                except self._trailing_error:
                    self._done = True   # trailing bytes that start no stream
                    break
            else:
                data = self._fp.read(CHUNK) if self._decomp.needs_input else b''
                if not data and self._decomp.needs_input:
                    raise EOFError(TRUNCATED)
                out = self._decomp.decompress(data)
            if out:
                return out
        return b''


class CompressedFile:
    """A binary file over a compressed stream (see the module's doc)."""

    fileobj = None
    myfileobj = None

    @property
    def closed(self):
        return self.fileobj is None

    def _check_open(self, mode, what):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode != mode:
            self._wrong_mode(mode, what)

    def _wrong_mode(self, mode, what):
        other = "write-only" if mode == READ else "read-only"
        raise OSError(9, "%s() on %s %s object" % (what, other, type(self).__name__))

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return self.mode == READ and self.fileobj is not None and self.fileobj.seekable()

    def seek(self, offset, whence=0):
        """Move to offset in the decompressed data: forward by reading on,
        backward by starting again from the file's beginning (slow, as in
        CPython).  Reading only."""
        self._check_open(READ, "seek")
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            while self._fill():
                pass
            offset += self._pos + self._avail()
        elif whence != 0:
            raise ValueError("Invalid value for whence: %r" % (whence,))
        if offset < self._pos:
            self.fileobj.seek(0)
            self._reader.rewind()
            self._buf, self._off, self._pos = b'', 0, 0
        while self._pos < offset:
            if not self.read(min(offset - self._pos, 1 << 16)):
                break
        return self._pos

    def fileno(self):
        return self.fileobj.fileno()

    def tell(self):
        if self.mode == WRITE:
            return self._size
        return self._pos

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

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                fileobj.write(self._end_stream())
        finally:
            owned, self.myfileobj = self.myfileobj, None
            if owned is not None:
                owned.close()

    def __enter__(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        # As an io object in CPython, a dropped file is closed, so its
        # stream still gets its end.
        try:
            self.close()
        except Exception:
            pass


class LibraryFile(CompressedFile):
    """A CompressedFile over a C library's (de)compressor objects, as
    bz2.BZ2File and lzma.LZMAFile are: the subclass checks its mode and
    options, then calls _attach with the reader (reading) or the
    compressor (writing)."""

    def _attach(self, filename, binary_mode, reader=None, compressor=None):
        """Opens filename (a path, else a file object to wrap) in binary_mode;
        reader(fileobj) makes the StreamReader when reading."""
        if isinstance(filename, (str, bytes, os.PathLike)):
            self.fileobj = self.myfileobj = builtins.open(filename, binary_mode)
            self.name = os.fspath(filename)
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self.fileobj = filename
            self.name = getattr(filename, "name", "")
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._buf, self._off, self._pos = b'', 0, 0
        if self.mode == READ:
            self._reader = reader(self.fileobj)
        else:
            self._compressor = compressor
            self._size = 0

    def _check_open(self, mode, what):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode != mode:
            raise io.UnsupportedOperation("File not open for %s" % ("reading" if mode == READ else "writing"))

    def write(self, data):
        self._check_open(WRITE, "write")
        length = len(data) if isinstance(data, bytes) else memoryview(data).nbytes
        self.fileobj.write(self._compressor.compress(data))
        self._size += length
        return length

    def flush(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _end_stream(self):
        return self._compressor.flush()
