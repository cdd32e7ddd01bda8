"""Shared memory between processes for gilvm: Value, RawValue, Array and
RawArray, as CPython's sharedctypes, by typecode ('i', 'd', 'c', ...) or
by the ctypes simple type of one (c_int, c_double, c_char, ...); the items
are plain Python values, never ctypes objects.  Each object's memory is a file in
/dev/shm, unlinked at once and mapped shared, so a forked child shares it
and a spawned child gets its descriptor with the Process's arguments.
Numbers are stored as C stores them: an integer that does not fit wraps,
a float kept as 'f' is rounded to single precision.  Value and Array come
with a lock (an RLock unless given one, none with lock=False) that
guards each access; `v.value += 1` is two accesses: hold get_lock() around
it."""

import mmap
import operator
import os
import struct
import tempfile

from multiprocessing import spawn

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'SynchronizedBase', 'Synchronized',
           'SynchronizedArray', 'SynchronizedString']

# typecode: (struct code, the ctypes type CPython names it by)
_TYPES = {
    'c': ('c', 'c_char'), 'u': ('I', 'c_wchar'),
    'b': ('b', 'c_byte'), 'B': ('B', 'c_ubyte'), 'h': ('h', 'c_short'), 'H': ('H', 'c_ushort'),
    'i': ('i', 'c_int'), 'I': ('I', 'c_uint'), 'l': ('l', 'c_long'), 'L': ('L', 'c_ulong'),
    'q': ('q', 'c_longlong'), 'Q': ('Q', 'c_ulonglong'), 'f': ('f', 'c_float'),
    'd': ('d', 'c_double'),
}


def _shm_dir():
    return '/dev/shm' if os.path.isdir('/dev/shm') else None


class _Block:
    """size bytes that every process holding this object shares."""

    def __init__(self, size, _fd=None):
        if _fd is None:
            _fd, path = tempfile.mkstemp(prefix='gilvm-mp-', dir=_shm_dir())
            os.unlink(path)
            os.ftruncate(_fd, max(size, 1))
        self._fd = _fd
        self.size = size
        self.map = mmap.mmap(_fd, max(size, 1))

    def __reduce__(self):
        spawn.pass_fds(self, self._fd)
        return (_Block, (self.size, self._fd))


class _Cell:
    """How one item of a typecode is read and written in a block."""

    def __init__(self, typecode):
        # A ctypes simple type stands for its code: Value(ctypes.c_int, 0).
        typecode = getattr(typecode, '_type_', typecode)
        if typecode not in _TYPES:
            raise TypeError('this type has no size')
        self.typecode = typecode
        self.code, self.ctype = _TYPES[typecode]
        self.size = struct.calcsize(self.code)
        self.integer = self.code not in 'cfd'

    def load(self, block, i):
        v = struct.unpack_from(self.code, block.map, i * self.size)[0]
        return chr(v) if self.typecode == 'u' else v

    def store(self, block, i, v):
        struct.pack_into(self.code, block.map, i * self.size, self.convert(v))

    def convert(self, v):
        if self.typecode == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('one character unicode string expected')
            return ord(v)
        if self.typecode == 'c':
            if isinstance(v, int):
                v = bytes((v & 0xFF,))
            if not isinstance(v, bytes) or len(v) != 1:
                raise TypeError('one character bytes, bytearray or integer expected')
            return v
        if not self.integer:
            return float(v)
        bits = 8 * self.size
        v = operator.index(v) & ((1 << bits) - 1)
        if self.code.islower() and v >> (bits - 1):
            v -= 1 << bits
        return v

    def zero(self):
        return {'c': b'\x00', 'u': '\x00', 'f': 0.0, 'd': 0.0}.get(self.typecode, 0)


class _RawValue:
    def __init__(self, cell, block):
        self._cell = cell
        self._block = block

    def __reduce__(self):
        spawn.pass_fds(self)
        return (_RawValue, (self._cell, self._block))

    @property
    def value(self):
        return self._cell.load(self._block, 0)

    @value.setter
    def value(self, v):
        self._cell.store(self._block, 0, v)

    def __repr__(self):
        return '%s(%r)' % (self._cell.ctype, self.value)


def RawValue(typecode_or_type, *args):
    """A shared number (or character) with no lock."""
    cell = _Cell(typecode_or_type)
    if len(args) > 1:
        raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
    obj = _RawValue(cell, _Block(cell.size))
    obj.value = args[0] if args else cell.zero()
    return obj


class _RawArrayBase:
    """A fixed-length shared array; slices read as lists ('c': bytes)."""

    def __init__(self, cell, block, length):
        self._cell = cell
        self._block = block
        self._length = length

    def __reduce__(self):
        spawn.pass_fds(self)
        return (_rebuild_array, (self._cell.typecode, self._block, self._length))

    def __len__(self):
        return self._length

    def _index(self, i):
        i = operator.index(i)
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError('invalid index')
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self._cell.load(self._block, k) for k in range(*i.indices(self._length))]
            return b''.join(items) if self._cell.typecode == 'c' else \
                ''.join(items) if self._cell.typecode == 'u' else items
        return self._cell.load(self._block, self._index(i))

    def __setitem__(self, i, v):
        if not isinstance(i, slice):
            self._cell.store(self._block, self._index(i), v)
            return
        where = range(*i.indices(self._length))
        v = list(v) if not isinstance(v, bytes) else [bytes((b,)) for b in v]
        if len(v) != len(where):
            raise ValueError('Can only assign sequence of same size')
        for k, item in zip(where, v):
            self._cell.store(self._block, k, item)

    def __iter__(self):
        return (self[k] for k in range(self._length))

    def _bytes(self):
        return bytes(self._block.map[:self._length])


class _CharArray(_RawArrayBase):
    """'c' arrays: .value up to the first NUL, .raw every byte."""

    @property
    def value(self):
        return self._bytes().split(b'\x00', 1)[0]

    @value.setter
    def value(self, v):
        if len(v) > self._length:
            raise ValueError('byte string too long')
        self._block.map[:len(v)] = v
        if len(v) < self._length:
            self._block.map[len(v)] = 0

    @property
    def raw(self):
        return self._bytes()

    @raw.setter
    def raw(self, v):
        if len(v) > self._length:
            raise ValueError('byte string too long')
        self._block.map[:len(v)] = v


_array_classes = {}


def _array_class(cell, length):
    """CPython's class per item type and length (c_int_Array_3 ...)."""
    key = (cell.typecode, length)
    if key not in _array_classes:
        base = _CharArray if cell.typecode == 'c' else _RawArrayBase
        name = '%s_Array_%d' % (cell.ctype, length)
        _array_classes[key] = type(name, (base,), {'__module__': __name__})
    return _array_classes[key]


def _rebuild_array(typecode, block, length):
    cell = _Cell(typecode)
    return _array_class(cell, length)(cell, block, length)


def RawArray(typecode_or_type, size_or_initializer):
    """A shared array with no lock: a length (zeros) or its items."""
    cell = _Cell(typecode_or_type)
    if isinstance(size_or_initializer, int):
        length, init = size_or_initializer, None
        if length < 0:
            raise ValueError('Array length must be >= 0, not %d' % length)
    else:
        init = size_or_initializer
        length = len(init)
    obj = _rebuild_array(cell.typecode, _Block(cell.size * length), length)
    if init is not None:
        obj[:] = init
    return obj


def _lock_for(lock):
    if lock is True or lock is None:
        from multiprocessing.synchronize import RLock
        return RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % (lock,))
    return lock


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared number with a lock around each access (lock=False: raw)."""
    obj = RawValue(typecode_or_type, *args)
    return obj if lock is False else Synchronized(obj, _lock_for(lock))


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array with a lock around each access (lock=False: raw)."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    cls = SynchronizedString if obj._cell.typecode == 'c' else SynchronizedArray
    return cls(obj, _lock_for(lock))


class SynchronizedBase:
    """A shared object and the lock each access through it holds."""

    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __reduce__(self):
        spawn.pass_fds(self)
        return (type(self), (self._obj, self._lock))

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


def _locked(name):
    """The wrapped object's attribute, read and written under the lock."""
    def get(self):
        with self._lock:
            return getattr(self._obj, name)

    def set(self, v):
        with self._lock:
            setattr(self._obj, name, v)
    return property(get, set)


class Synchronized(SynchronizedBase):
    value = _locked('value')


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v


class SynchronizedString(SynchronizedArray):
    value = _locked('value')
    raw = _locked('raw')
