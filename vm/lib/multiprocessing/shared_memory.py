"""Named shared memory between processes for gilvm, as CPython 3.8's
multiprocessing.shared_memory: SharedMemory, a block of bytes any process
can attach to by name, and ShareableList, a fixed-length list of ints,
floats, bools, None, str and bytes stored in one.

A block is a POSIX shared memory object: a file in /dev/shm (what
shm_open opens on Linux), named 'psm_' and eight hex digits unless given a
name, mapped shared.  It lives until unlink(), whoever made it: close()
only drops this process's mapping.

A ShareableList's block holds, in order: the item count, each item's slot
size, the slots, each item's struct format and each item's decoding code.
Its size is CPython's for the same items; the layout is gilvm's own, so a
list is shared between gilvm processes, not with a CPython one."""

import mmap
import os
import secrets
import struct

__all__ = ['SharedMemory', 'ShareableList']

_DIR = '/dev/shm'
_PREFIX = 'psm_'


def _path(name):
    return os.path.join(_DIR, name)


def _shm_error(e, name):
    """The OSError as shm_open reports it: the name, not the /dev/shm path."""
    return type(e)(e.errno, e.strerror, '/' + name)


class SharedMemory:
    """size bytes named name (a new block with create=True; name=None
    picks a fresh one), mapped into this process: buf is a memoryview."""

    _fd = -1
    _mmap = None
    _buf = None

    def __init__(self, name=None, create=False, size=0):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
            self._create(name, size)
        else:
            if name is None:
                raise ValueError("'name' can only be None if create=True")
            self._open(name)
        self._mmap = mmap.mmap(self._fd, self._size)
        self._buf = memoryview(self._mmap)

    def _create(self, name, size):
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
        while True:
            candidate = name if name is not None else _PREFIX + secrets.token_hex(4)
            try:
                self._fd = os.open(_path(candidate), flags, 0o600)
                break
            except FileExistsError as e:
                if name is not None:
                    raise _shm_error(e, name) from None
            except OSError as e:
                raise _shm_error(e, candidate) from None
        self._name = candidate
        try:
            os.ftruncate(self._fd, size)
        except OSError:
            self.unlink()
            os.close(self._fd)
            raise
        self._size = size

    def _open(self, name):
        try:
            self._fd = os.open(_path(name), os.O_RDWR)
        except OSError as e:
            raise _shm_error(e, name) from None
        self._name = name
        self._size = os.fstat(self._fd).st_size

    def __del__(self):
        try:
            self.close()
        except OSError:
            pass

    def __reduce__(self):
        return (self.__class__, (self.name, False, self.size))

    def __repr__(self):
        return '%s(%r, size=%d)' % (self.__class__.__name__, self.name, self.size)

    @property
    def buf(self):
        """A memoryview of the block (None once closed)."""
        return self._buf

    @property
    def name(self):
        return self._name

    @property
    def size(self):
        return self._size

    def close(self):
        """Drop this process's view of the block; the block stays."""
        if self._buf is not None:
            self._buf.release()
            self._buf = None
        if self._mmap is not None:
            self._mmap.close()
            self._mmap = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def unlink(self):
        """Remove the block's name; it goes once every process closed it."""
        try:
            os.unlink(_path(self._name))
        except OSError as e:
            raise _shm_error(e, self._name) from None


_WORD = 8               # a slot's alignment, and an int's, float's, bool's or None's slot
_ENCODING = 'utf8'
# type: (struct format, decoding code); str and bytes take '<slot>s'
_FORMATS = {int: ('q', 0), float: ('d', 0), bool: ('xxxxxxx?', 0), str: (None, 1),
            bytes: (None, 2), type(None): ('xxxxxx?x', 3)}
_DECODE = (lambda v: v,
           lambda v: v.rstrip(b'\x00').decode(_ENCODING),
           lambda v: v.rstrip(b'\x00'),
           lambda v: None)


def _encoded(item):
    return item.encode(_ENCODING) if isinstance(item, str) else item


def _slot(item):
    """The bytes an item's slot takes: a str or bytes its length rounded up to 8."""
    if isinstance(item, (str, bytes)):
        n = len(_encoded(item))
        return n + -n % _WORD if n else _WORD
    return _WORD


def _format_and_code(item, slot):
    if type(item) not in _FORMATS:
        raise KeyError(type(item))
    fmt, code = _FORMATS[type(item)]
    return (fmt or '%ds' % slot), code


class ShareableList:
    """A list of fixed length in a SharedMemory block: made from sequence,
    or attached to the block named name.  An item may be replaced by one of
    any type whose value fits the slot the first item took."""

    def __init__(self, sequence=None, *, name=None):
        if name is None or sequence is not None:
            items = list(sequence or ())
            slots = [_slot(item) for item in items]
            n = len(items)
            size = _WORD * (1 + n) + sum(slots) + _WORD * n + n
            self.shm = SharedMemory(name, create=True, size=size)
            struct.pack_into('q' * (1 + n), self.shm.buf, 0, n, *slots)
            self._layout(n, slots)
            for i, item in enumerate(items):
                self[i] = item
        else:
            self.shm = SharedMemory(name)
            n = struct.unpack_from('q', self.shm.buf, 0)[0]
            self._layout(n, list(struct.unpack_from('q' * n, self.shm.buf, _WORD)))

    def _layout(self, n, slots):
        self._len = n
        self._slots = slots
        self._starts = []
        at = _WORD * (1 + n)
        for size in slots:
            self._starts.append(at)
            at += size
        self._formats_at = at
        self._codes_at = at + _WORD * n

    def _position(self, position):
        if position < 0:
            position += self._len
        if not 0 <= position < self._len:
            raise IndexError('index out of range')
        return position

    def _format(self, i):
        raw = struct.unpack_from('8s', self.shm.buf, self._formats_at + _WORD * i)[0]
        return raw.rstrip(b'\x00').decode('ascii')

    def __getitem__(self, position):
        i = self._position(position)
        value = struct.unpack_from(self._format(i), self.shm.buf, self._starts[i])[0]
        code = struct.unpack_from('b', self.shm.buf, self._codes_at + i)[0]
        return _DECODE[code](value)

    def __setitem__(self, position, value):
        i = self._position(position)
        fmt, code = _format_and_code(value, self._slots[i])
        if code in (1, 2):
            value = _encoded(value)
            if len(value) > self._slots[i]:
                raise ValueError('bytes/str item exceeds available storage')
        struct.pack_into('8s', self.shm.buf, self._formats_at + _WORD * i, fmt.encode('ascii'))
        struct.pack_into('b', self.shm.buf, self._codes_at + i, code)
        struct.pack_into(fmt, self.shm.buf, self._starts[i], False if code == 3 else value)

    def __len__(self):
        return self._len

    def __reduce__(self):
        return (_attach, (self.__class__, self.shm.name))

    def __repr__(self):
        return '%s(%r, name=%r)' % (self.__class__.__name__, list(self), self.shm.name)

    @property
    def format(self):
        """The struct formats of the items, one after another."""
        return ''.join(self._format(i) for i in range(self._len))

    def count(self, value):
        """How many items equal value."""
        return sum(value == item for item in self)

    def index(self, value):
        """The first position whose item equals value."""
        for position, item in enumerate(self):
            if value == item:
                return position
        raise ValueError('%r not in this container' % (value,))


def _attach(cls, name):
    return cls(name=name)
