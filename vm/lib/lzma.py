"""lzma for gilvm: LZMAFile and open() over the _lzma module's compressor
and decompressor (liblzma, which runs with the GIL released), and the
one-shot compress and decompress.

A file may hold several .xz streams one after another; reading joins
them, and bytes after the last stream that do not start another are
ignored, as CPython's LZMAFile does.  Custom filter chains (filters=,
FORMAT_RAW) are refused by _lzma."""

import builtins
import io
import os

import _compression
from _compression import READ, WRITE
from _lzma import (LZMACompressor, LZMADecompressor, LZMAError, is_check_supported,
                   FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW,
                   CHECK_NONE, CHECK_CRC32, CHECK_CRC64, CHECK_SHA256, CHECK_ID_MAX,
                   CHECK_UNKNOWN, PRESET_DEFAULT, PRESET_EXTREME)

__all__ = ['CHECK_CRC32', 'CHECK_CRC64', 'CHECK_ID_MAX', 'CHECK_NONE', 'CHECK_SHA256',
           'CHECK_UNKNOWN', 'FORMAT_ALONE', 'FORMAT_AUTO', 'FORMAT_RAW', 'FORMAT_XZ',
           'PRESET_DEFAULT', 'PRESET_EXTREME', 'LZMACompressor', 'LZMADecompressor',
           'LZMAFile', 'LZMAError', 'open', 'compress', 'decompress', 'is_check_supported']


class LZMAFile(_compression.CompressedFile):
    """A file-like object over an .xz or .lzma file: reading decompresses,
    writing compresses.  filename is a path, or a file object to wrap."""

    def __init__(self, filename=None, mode="r", *, format=None, check=-1, preset=None, filters=None):
        if mode in ("r", "rb"):
            if check != -1:
                raise ValueError("Cannot specify an integrity check when opening a file for reading")
            if preset is not None:
                raise ValueError("Cannot specify a preset compression level when opening a file for reading")
            if format is None:
                format = FORMAT_AUTO
            mode, self.mode = "rb", READ
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            if format is None:
                format = FORMAT_XZ
            mode, self.mode = mode.rstrip("b") + "b", WRITE
            self._compressor = LZMACompressor(format=format, check=check, preset=preset, filters=filters)
            self._size = 0
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        if isinstance(filename, (str, bytes, os.PathLike)):
            self.fileobj = self.myfileobj = builtins.open(filename, mode)
            self.name = os.fspath(filename)
        elif hasattr(filename, "read") or hasattr(filename, "write"):
            self.fileobj = filename
            self.name = getattr(filename, "name", "")
        else:
            raise TypeError("filename must be a str, bytes, file or PathLike object")
        self._buf, self._off, self._pos = b'', 0, 0
        if self.mode == READ:
            def make():
                return LZMADecompressor(format, None, filters)
            self._reader = _compression.StreamReader(self.fileobj, make, LZMAError)

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


def open(filename, mode="rb", *, format=None, check=-1, preset=None, filters=None,
         encoding=None, errors=None, newline=None):
    """Open an .xz or .lzma file in binary ('rb', 'wb', 'ab', 'xb') or text
    ('rt', 'wt', 'at', 'xt') mode; an LZMAFile or, in text mode, a text
    file over one."""
    def make(name, binary_mode, fileobj):
        return LZMAFile(name if fileobj is None else fileobj, binary_mode,
                        format=format, check=check, preset=preset, filters=filters)
    return _compression.open_file(make, filename, mode, encoding, errors, newline)


def compress(data, format=FORMAT_XZ, check=-1, preset=None, filters=None):
    """data compressed into one stream."""
    comp = LZMACompressor(format, check, preset, filters)
    return comp.compress(data) + comp.flush()


def decompress(data, format=FORMAT_AUTO, memlimit=None, filters=None):
    """The streams in data decompressed and joined; bytes after a stream
    that do not start another are ignored, as CPython does."""
    parts = []
    while True:
        decomp = LZMADecompressor(format, memlimit, filters)
        try:
            parts.append(decomp.decompress(data))
        except LZMAError:
            if not parts:
                raise
            break
        if not decomp.eof:
            raise LZMAError("Compressed data ended before the end-of-stream marker was reached")
        data = decomp.unused_data
        if not data:
            break
    return b"".join(parts)
