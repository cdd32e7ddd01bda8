"""dbm.dumb: a slow but portable key-value database in two files.

FILE.dat holds the values, each at a BLOCKSIZE boundary; FILE.dir holds
the index, a line "'key', (offset, size)" per key (the key's bytes as
Latin-1), the format CPython's dbm.dumb reads and writes.  FILE.bak keeps
the previous index while a new one is written.
"""

import ast
import collections.abc
import io
import os

__all__ = ['error', 'open']

error = OSError
BLOCKSIZE = 512
_FLAGS = ('r', 'w', 'c', 'n')


def _as_bytes(value, what):
    if isinstance(value, str):
        return value.encode('utf-8')
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    raise TypeError('%s must be bytes or strings' % what)


class _Database(collections.abc.MutableMapping):

    def __init__(self, filebase, mode, flag):
        self._mode = mode
        self._readonly = flag == 'r'
        self._dirfile = filebase + '.dir'
        self._datfile = filebase + '.dat'
        self._bakfile = filebase + '.bak'
        self._index = None
        self._create(flag)
        self._load_index()

    def _create(self, flag):
        if flag == 'n':
            for path in (self._datfile, self._bakfile, self._dirfile):
                try:
                    os.remove(path)
                except OSError:
                    pass
        try:
            io.open(self._datfile, 'rb').close()
        except OSError:
            if flag not in ('c', 'n'):
                raise
            os.close(os.open(self._datfile, os.O_WRONLY | os.O_CREAT, self._mode))

    def _load_index(self):
        self._index = {}
        try:
            f = io.open(self._dirfile, 'r', encoding='latin-1')
        except OSError:
            if not self._readonly:
                os.close(os.open(self._dirfile, os.O_WRONLY | os.O_CREAT, self._mode))
            return
        with f:
            for line in f:
                line = line.rstrip()
                if line:
                    key, where = ast.literal_eval(line)
                    self._index[key.encode('latin-1')] = where

    def _check(self, writing=False):
        if self._index is None:
            raise error('DBM object has already been closed')
        if writing and self._readonly:
            raise error('The database is opened for reading only')

    @staticmethod
    def _index_line(key, where):
        return '%r, %r\n' % (key.decode('latin-1'), where)

    def _commit(self):
        """Write the whole index anew, the old one kept as FILE.bak."""
        if self._index is None or self._readonly:
            return
        for step in (lambda: os.unlink(self._bakfile),
                     lambda: os.rename(self._dirfile, self._bakfile)):
            try:
                step()
            except OSError:
                pass
        fd = os.open(self._dirfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, self._mode)
        with io.open(fd, 'w', encoding='latin-1') as f:
            f.writelines(self._index_line(k, w) for k, w in self._index.items())

    sync = _commit

    def __getitem__(self, key):
        key = _as_bytes(key, 'keys')
        self._check()
        pos, size = self._index[key]
        with io.open(self._datfile, 'rb') as f:
            f.seek(pos)
            return f.read(size)

    def _append_value(self, val):
        """Write val at the next block boundary of FILE.dat: (offset, size)."""
        with io.open(self._datfile, 'rb+') as f:
            end = f.seek(0, 2)
            pos = -(-end // BLOCKSIZE) * BLOCKSIZE
            f.write(b'\0' * (pos - end))
            f.write(val)
        return pos, len(val)

    def _overwrite_value(self, pos, val):
        with io.open(self._datfile, 'rb+') as f:
            f.seek(pos)
            f.write(val)
        return pos, len(val)

    def __setitem__(self, key, val):
        key = _as_bytes(key, 'keys')
        val = _as_bytes(val, 'values')
        self._check(writing=True)
        old = self._index.get(key)
        if old is None:
            self._index[key] = where = self._append_value(val)
            with io.open(self._dirfile, 'a', encoding='latin-1') as f:
                f.write(self._index_line(key, where))
            return
        blocks = lambda size: -(-size // BLOCKSIZE)
        if blocks(len(val)) <= blocks(old[1]):
            self._index[key] = self._overwrite_value(old[0], val)
        else:
            self._index[key] = self._append_value(val)

    def __delitem__(self, key):
        key = _as_bytes(key, 'keys')
        self._check(writing=True)
        del self._index[key]
        self._commit()      # the space in FILE.dat is not reused

    def keys(self):
        self._check()
        return list(self._index)

    def items(self):
        self._check()
        return [(key, self[key]) for key in self._index]

    def __contains__(self, key):
        key = _as_bytes(key, 'keys')
        self._check()
        return key in self._index

    def __iter__(self):
        self._check()
        return iter(list(self._index))

    iterkeys = __iter__

    def __len__(self):
        self._check()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None

    __del__ = close

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def open(file, flag='c', mode=0o666):
    """The database in file.dat and file.dir: 'r' read only, 'w' read and
    write, 'c' made if absent, 'n' always made empty; mode as os.open's."""
    if flag not in _FLAGS:
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(os.fsdecode(file), mode, flag)
