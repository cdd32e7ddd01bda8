"""marshal: gilvm's reader and writer of CPython's marshal format (version 4).

Objects CPython would mark for back-references (FLAG_REF) are those its
writer sees held elsewhere (reference count above one); gilvm counts
references the same way, so sys.getrefcount, less the references this
module's own frames hold, makes the same choice and the bytes match.
Code objects are refused: gilvm's code type cannot be built from fields.
"""

import struct as _struct
import sys as _sys

version = 4

_FLAG_REF = 0x80
_IMMORTAL = 1 << 40          # gilvm's immortal objects start far above this
_MAX_DEPTH = 2000
_TOO_DEEP_TO_WRITE = "object too deeply nested to marshal"
_TOO_DEEP_TO_READ = "recursion limit exceeded"
# References this module's frames hold on an object when ref_flag counts
# them (each call's argument slot and parameter, the walk's loop variable),
# measured for a fresh object so that it alone counts as unshared.
_HELD_TOP = 9
_HELD_ITEM = 7


def _unmarshallable():
    return ValueError("unmarshallable object")


class _Writer:
    def __init__(self, ver):
        self.ver = ver
        self.out = bytearray()
        self.refs = {}
        self.keep = []       # keeps referenced objects alive so ids stay unique
        self.depth = 0

    def byte(self, b):
        self.out.append(b)

    def i32(self, n):
        self.out += _struct.pack('<i', n)

    def sized(self, code, data):
        self.byte(code)
        self.i32(len(data))
        self.out += data

    def obj(self, v, held):
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError(_TOO_DEEP_TO_WRITE)
        if v is None:
            self.byte(0x4e)
        elif v is StopIteration:
            self.byte(0x53)
        elif v is ...:
            self.byte(0x2e)
        elif v is False:
            self.byte(0x46)
        elif v is True:
            self.byte(0x54)
        else:
            self.complex_obj(v, held)
        self.depth -= 1

    def ref_flag(self, v, held):
        """FLAG_REF for a shared object (recording it), or 0; None when v was
        written already, as a back-reference."""
        if self.ver < 3:
            return 0
        idx = self.refs.get(id(v))
        if idx is not None:
            self.byte(0x72)
            self.i32(idx)
            return None
        if _sys.getrefcount(v) - held <= 1:
            return 0
        self.refs[id(v)] = len(self.refs)
        self.keep.append(v)
        return _FLAG_REF

    def complex_obj(self, v, held):
        flag = self.ref_flag(v, held + 1)
        if flag is None:
            return
        t = type(v)
        start = len(self.out)
        if t is int:
            self.int_(v)
        elif t is float:
            self.float_(v)
        elif t is complex:
            self.complex_(v)
        elif t is str:
            self.str_(v)
        elif t is tuple:
            self.tuple_(v)
        elif t is list:
            self.seq(0x5b, v)
        elif t is dict:
            self.dict_(v)
        elif t is set:
            self.set_(0x3c, v)
        elif t is frozenset:
            self.set_(0x3e, v)
        elif t in (bytes, bytearray, memoryview):
            self.sized(0x73, bytes(v))
        else:
            raise _unmarshallable()
        self.out[start] |= flag

    def int_(self, v):
        if -0x80000000 <= v <= 0x7fffffff:
            self.byte(0x69)
            self.i32(v)
            return
        digits = []
        n = abs(v)
        while n:
            digits.append(n & 0x7fff)
            n >>= 15
        self.byte(0x6c)
        self.i32(len(digits) if v > 0 else -len(digits))
        self.out += _struct.pack('<%dH' % len(digits), *digits)

    def text_float(self, x):
        s = ('%.17g' % x).encode()
        self.byte(len(s))
        self.out += s

    def float_(self, v):
        if self.ver > 1:
            self.byte(0x67)
            self.out += _struct.pack('<d', v)
        else:
            self.byte(0x66)
            self.text_float(v)

    def complex_(self, v):
        if self.ver > 1:
            self.byte(0x79)
            self.out += _struct.pack('<dd', v.real, v.imag)
        else:
            self.byte(0x78)
            self.text_float(v.real)
            self.text_float(v.imag)

    def str_(self, v):
        interned = _sys.getrefcount(v) > _IMMORTAL
        if self.ver >= 4 and v.isascii():
            data = v.encode('ascii')
            if len(data) < 256:
                self.byte(0x5a if interned else 0x7a)
                self.byte(len(data))
                self.out += data
            else:
                self.sized(0x41 if interned else 0x61, data)
            return
        code = 0x74 if interned and self.ver >= 3 else 0x75
        self.sized(code, v.encode('utf-8', 'surrogatepass'))

    def items(self, seq):
        for item in seq:
            self.obj(item, _HELD_ITEM)

    def tuple_(self, v):
        if self.ver >= 4 and len(v) < 256:
            self.byte(0x29)
            self.byte(len(v))
        else:
            self.byte(0x28)
            self.i32(len(v))
        self.items(v)

    def seq(self, code, v):
        self.byte(code)
        self.i32(len(v))
        self.items(v)

    def dict_(self, v):
        self.byte(0x7b)
        for key, value in v.items():
            self.obj(key, _HELD_ITEM)
            self.obj(value, _HELD_ITEM)
        self.byte(0x30)

    def set_(self, code, v):
        # Elements go in the order of their own encodings, so equal sets
        # give equal bytes whatever their hash order.
        def encoded(item):
            w = _Writer(self.ver)
            w.obj(item, _HELD_ITEM + 1)
            return bytes(w.out)
        self.seq(code, sorted(v, key=encoded))


class _Reader:
    def __init__(self, read):
        self.read = read
        self.refs = []
        self.depth = 0

    def take(self, n):
        data = self.read(n)
        if len(data) < n:
            raise EOFError("marshal data too short")
        return data

    def i32(self):
        return _struct.unpack('<i', self.take(4))[0]

    def size(self):
        n = self.i32()
        if n < 0:
            raise ValueError("bad marshal data (size out of range)")
        return n

    def obj(self, null_ok=False):
        code = self.read(1)
        if not code:
            raise EOFError("EOF read where object expected")
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise ValueError(_TOO_DEEP_TO_READ)
        code = code[0]
        flag = code & _FLAG_REF
        code &= ~_FLAG_REF
        fixed = _FIXED.get(code, _FIXED)
        if fixed is not _FIXED:
            v = fixed
            if v is _NULL and not null_ok:
                raise TypeError("NULL object in marshal data for object")
        elif code == 0x72:
            v = self.backref()
        else:
            handler = _READERS.get(code)
            if handler is None:
                raise ValueError("bad marshal data (unknown type code)")
            slot = len(self.refs)
            if flag:
                self.refs.append(None)
            v = handler(self, slot if flag else -1)
            if flag:
                self.refs[slot] = v
        self.depth -= 1
        return v

    def backref(self):
        n = self.i32()
        if not 0 <= n < len(self.refs) or self.refs[n] is None:
            raise ValueError("bad marshal data (invalid reference)")
        return self.refs[n]

    def early(self, slot, v):
        """Record a container before its items, which may refer back to it."""
        if slot >= 0:
            self.refs[slot] = v
        return v

    def int_(self, slot):
        return self.i32()

    def long_(self, slot):
        n = self.i32()
        count = abs(n)
        digits = _struct.unpack('<%dH' % count, self.take(2 * count))
        v = 0
        for d in reversed(digits):
            if d > 0x7fff:
                raise ValueError("bad marshal data (digit out of range in long)")
            v = (v << 15) | d
        return -v if n < 0 else v

    def text_float(self):
        return float(self.take(self.take(1)[0]).decode('ascii'))

    def float_(self, slot):
        return _struct.unpack('<d', self.take(8))[0]

    def complex_(self, slot):
        return complex(*_struct.unpack('<dd', self.take(16)))

    def float_text(self, slot):
        return self.text_float()

    def complex_text(self, slot):
        return complex(self.text_float(), self.text_float())

    def bytes_(self, slot):
        return self.take(self.size())

    def unicode_(self, slot):
        return self.take(self.size()).decode('utf-8', 'surrogatepass')

    def interned(self, slot):
        return _sys.intern(self.unicode_(slot))

    def ascii_(self, slot):
        return self.take(self.size()).decode('latin-1')

    def short_ascii(self, slot):
        return self.take(self.take(1)[0]).decode('latin-1')

    def ascii_interned(self, slot):
        return _sys.intern(self.ascii_(slot))

    def short_ascii_interned(self, slot):
        return _sys.intern(self.short_ascii(slot))

    def items(self, n):
        return [self.obj() for _ in range(n)]

    def tuple_(self, slot):
        return tuple(self.items(self.size()))

    def small_tuple(self, slot):
        return tuple(self.items(self.take(1)[0]))

    def list_(self, slot):
        v = self.early(slot, [])
        v.extend(self.items(self.size()))
        return v

    def dict_(self, slot):
        v = self.early(slot, {})
        while True:
            key = self.obj(null_ok=True)
            if key is _NULL:
                return v
            value = self.obj(null_ok=True)
            if value is _NULL:
                return v
            v[key] = value

    def set_(self, slot):
        v = self.early(slot, set())
        v.update(self.items(self.size()))
        return v

    def frozenset_(self, slot):
        return frozenset(self.items(self.size()))

    def code_(self, slot):
        raise ValueError("marshal: code objects cannot be loaded in gilvm, which cannot build one from its fields")


_NULL = object()     # the end of a dict


_FIXED = {0x30: _NULL, 0x4e: None, 0x54: True, 0x46: False, 0x53: StopIteration, 0x2e: ...}
_READERS = {
    0x69: _Reader.int_, 0x6c: _Reader.long_, 0x67: _Reader.float_,
    0x79: _Reader.complex_, 0x66: _Reader.float_text, 0x78: _Reader.complex_text,
    0x73: _Reader.bytes_, 0x75: _Reader.unicode_, 0x74: _Reader.interned,
    0x61: _Reader.ascii_, 0x41: _Reader.ascii_interned, 0x7a: _Reader.short_ascii,
    0x5a: _Reader.short_ascii_interned, 0x28: _Reader.tuple_, 0x29: _Reader.small_tuple,
    0x5b: _Reader.list_, 0x7b: _Reader.dict_, 0x3c: _Reader.set_,
    0x3e: _Reader.frozenset_, 0x63: _Reader.code_,
}


# Python frames one level of nesting takes, writing or reading.
_FRAMES_PER_LEVEL = 5


def _nested(walk, too_deep):
    """walk(), with room for _MAX_DEPTH levels of nesting, as CPython's C
    marshal allows: the recursion limit is raised meanwhile (gilvm's own
    stack check still stops a real overflow), too_deep raised beyond it."""
    limit = _sys.getrecursionlimit()
    _sys.setrecursionlimit(limit + _FRAMES_PER_LEVEL * _MAX_DEPTH)
    try:
        return walk()
    except RecursionError:
        raise ValueError(too_deep) from None
    finally:
        _sys.setrecursionlimit(limit)


def _encode(value, ver):
    if not isinstance(ver, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(ver).__name__)
    w = _Writer(ver)
    _nested(lambda: w.obj(value, _HELD_TOP), _TOO_DEEP_TO_WRITE)
    return bytes(w.out)


def dumps(value, version=version, /):
    return _encode(value, version)


def dump(value, file, version=version, /):
    file.write(_encode(value, version))


def loads(data, /):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    view = memoryview(data).cast('B')
    pos = [0]

    def read(n):
        start = pos[0]
        pos[0] = min(start + n, len(view))
        return bytes(view[start:pos[0]])
    return _decode(read)


def load(file, /):
    return _decode(file.read)


def _decode(read):
    reader = _Reader(read)
    return _nested(reader.obj, _TOO_DEEP_TO_READ)
