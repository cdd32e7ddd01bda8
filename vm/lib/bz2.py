"""bz2 for gilvm: BZ2File and open() over the _bz2 module's compressor and
decompressor (libbz2, which runs with the GIL released), and its one-shot
compress and decompress.

A file may hold several bz2 streams one after another (pbzip2 writes
them); reading joins them, and bytes after the last stream that do not
start another are ignored, as CPython's BZ2File does."""

import _compression
from _compression import READ, WRITE
from _bz2 import BZ2Compressor, BZ2Decompressor, compress, decompress

__all__ = ['BZ2File', 'BZ2Compressor', 'BZ2Decompressor', 'open', 'compress', 'decompress']


class BZ2File(_compression.LibraryFile):
    """A file-like object over a bz2-compressed file: reading decompresses,
    writing compresses.  filename is a path, or a file object to wrap."""

    def __init__(self, filename, mode="r", buffering=None, compresslevel=9):
        if not 1 <= compresslevel <= 9:
            raise ValueError("compresslevel must be between 1 and 9")
        if mode in ("", "r", "rb"):
            mode, self.mode, compressor = "rb", READ, None
        elif mode in ("w", "wb", "x", "xb", "a", "ab"):
            mode, self.mode = mode.rstrip("b") + "b", WRITE
            compressor = BZ2Compressor(compresslevel)
        else:
            raise ValueError("Invalid mode: %r" % (mode,))
        self._attach(filename, mode, lambda f: _compression.StreamReader(f, BZ2Decompressor, OSError),
                     compressor)


def open(filename, mode="rb", compresslevel=9, encoding=None, errors=None, newline=None):
    """Open a bz2-compressed file in binary ('rb', 'wb', 'ab', 'xb') or text
    ('rt', 'wt', 'at', 'xt') mode; a BZ2File or, in text mode, a text file
    over one."""
    def make(name, binary_mode, fileobj):
        return BZ2File(name if fileobj is None else fileobj, binary_mode, compresslevel=compresslevel)
    return _compression.open_file(make, filename, mode, encoding, errors, newline)
