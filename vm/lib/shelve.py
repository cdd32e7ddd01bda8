"""shelve: a persistent dictionary of picklable values under str keys, on a
dbm database (dbm.dumb in gilvm) or any mapping of bytes to bytes."""

import collections.abc
from io import BytesIO
from pickle import Pickler, Unpickler

__all__ = ['Shelf', 'BsdDbShelf', 'DbfilenameShelf', 'open']


class _ClosedDict(collections.abc.MutableMapping):
    """What a closed shelf holds: every operation fails."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')
    __iter__ = __len__ = __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(collections.abc.MutableMapping):
    """str keys (stored encoded) to values (stored pickled) over the mapping
    dict.  With writeback, values read are cached and written back on sync
    and close, so mutating one in place is kept."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding='utf-8'):
        self.dict = dict
        self._protocol = protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _key(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for key in self.dict.keys():
            yield key.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        return self[key] if self._key(key) in self.dict else default

    def __getitem__(self, key):
        try:
            return self.cache[key]
        except KeyError:
            pass
        value = Unpickler(BytesIO(self.dict[self._key(key)])).load()
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        f = BytesIO()
        Pickler(f, self._protocol).dump(value)
        self.dict[self._key(key)] = f.getvalue()

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            try:
                self.dict.close()
            except AttributeError:
                pass
        finally:
            self.dict = _ClosedDict()

    def __del__(self):
        if hasattr(self, 'writeback'):     # __init__ ran
            self.close()

    def sync(self):
        if self.writeback and self.cache:
            self.writeback = False
            for key, value in self.cache.items():
                self[key] = value
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A Shelf over a mapping with a cursor (set_location, next, previous,
    first, last), each returning a (key, value) pair."""

    def _pair(self, pair):
        key, raw = pair
        return key.decode(self.keyencoding), Unpickler(BytesIO(raw)).load()

    def set_location(self, key):
        return self._pair(self.dict.set_location(key))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf on the dbm database at filename, opened with flag."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """A shelf on the dbm database filename ('c': made if absent)."""
    return DbfilenameShelf(filename, flag, protocol, writeback)
