"""lzma for gilvm: LZMAFile and open() over the _lzma module's compressor
and decompressor (liblzma, which runs with the GIL released), and the
one-shot compress and decompress.

A file may hold several .xz streams one after another; reading joins
them, and bytes after the last stream that do not start another are
ignored, as CPython's LZMAFile does.  Custom filter chains (filters=,
FORMAT_RAW) are refused by _lzma."""

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


class LZMAFile(_compression.LibraryFile):
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
            mode, self.mode, compressor = "rb", READ, None
        elif mode in ("w", "wb", "a", "ab", "x", "xb"):
            if format is None:
                format = FORMAT_XZ
            mode, self.mode = mode.rstrip("b") + "b", WRITE
            compressor = LZMACompressor(format=format, check=check, preset=preset, filters=filters)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        def reader(fileobj):
            return _compression.StreamReader(fileobj, lambda: LZMADecompressor(format, None, filters),
                                             LZMAError)
        self._attach(filename, mode, reader, compressor)


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
