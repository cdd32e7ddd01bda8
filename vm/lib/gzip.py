"""gzip files (RFC 1952) over the zlib module: compress, decompress, open
and GzipFile, writing the bytes python3 writes.

A gzip file is one or more members, each a header (magic, method 8,
flags, mtime, extra flags, OS, then an optional name, comment...), a raw
deflate stream and a trailer (CRC-32 and length mod 2**32 of the data).
Reading walks the members in turn (zero bytes between them are padding);
writing makes one member per GzipFile, so appending adds a member.
`gilvm -m gzip [--fast|--best|-d] [file ...]` is CPython 3.8's command line.
"""

import _compression
import builtins
import io
import os
import struct
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

from _compression import READ, WRITE

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
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
    return _compression.open_file(lambda name, mode, fileobj: GzipFile(name, mode, compresslevel, fileobj),
                                  filename, mode, encoding, errors, newline)


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
        self.rewind()

    def rewind(self):
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


class GzipFile(_compression.CompressedFile):
    """A file-like object over a gzip file: reading decompresses, writing
    compresses.  mtime is the modification time of the last member read."""

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

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")
        if self.mode == WRITE:
            self.fileobj.write(self._compress.flush(zlib_mode))
            self.fileobj.flush()

    def _end_stream(self):
        return self._compress.flush() + struct.pack("<LL", self._crc, self._size & 0xffffffff)


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



def _streams(arg, decompress, level, stdin):
    """(source, sink) for one command-line file ('-': stdin to stdout)."""
    import sys
    if decompress:
        if arg == '-':
            return GzipFile(filename='', mode='rb', fileobj=stdin), sys.stdout.buffer
        if arg[-3:] != '.gz':
            sys.exit("filename doesn't end in .gz: %r" % arg)
        return open(arg, 'rb'), builtins.open(arg[:-3], 'wb')
    if arg == '-':
        return stdin, GzipFile(filename='', mode='wb', fileobj=sys.stdout.buffer,
                                          compresslevel=level)
    # As 3.8's: --fast/--best set the level of stdin's output only; a file gets level 9.
    return builtins.open(arg, 'rb'), open(arg + '.gz', 'wb')


def main():
    """Compress each file to FILE.gz (or -d: FILE.gz to FILE), keeping the input."""
    import sys
    from argparse import ArgumentParser
    parser = ArgumentParser(description='A simple command line interface for the gzip module: '
                            'act like gzip, but do not delete the input file.')
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument('-d', '--decompress', action='store_true',
                       help='act like gunzip instead of gzip')
    parser.add_argument('args', nargs='*', default=['-'], metavar='file')
    args = parser.parse_args()
    level = (_COMPRESS_LEVEL_FAST if args.fast else
             _COMPRESS_LEVEL_BEST if args.best else _COMPRESS_LEVEL_TRADEOFF)
    # gilvm's sys.stdin has no .buffer: its descriptor, read as bytes.
    stdin = builtins.open(sys.stdin.fileno(), 'rb', closefd=False)
    for arg in args.args:
        source, sink = _streams(arg, args.decompress, level, stdin)
        chunk = source.read(1024)
        while chunk:
            sink.write(chunk)
            chunk = source.read(1024)
        if sink is not sys.stdout.buffer:
            sink.close()
        if source is not stdin:
            source.close()


if __name__ == '__main__':
    main()
