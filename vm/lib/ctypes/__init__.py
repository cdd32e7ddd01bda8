"""ctypes for gilvm: C data types and calls into shared libraries over libffi.

The C half (_ctypes, vm/modules/mod__ctypes.c) sees only addresses and type
specs; the types, conversions and lifetimes are here.  Every instance views
memory at self._addr that something it holds owns: its own _ctypes.Mem, a
pinned buffer (_ctypes.Pin), or the instance it was taken from (_b_base_).
Objects whose memory a pointer stored in it refers to are kept in _objects.

Not offered (NotImplementedError): the Python C API (pythonapi, py_object:
gilvm is not CPython), bitfields, unions and packed structures passed by
value, paramflags, resize; the Windows-only names do not exist.  Memory at
NULL is refused with ValueError.  c_longdouble keeps C's long double
storage but its value goes through a double.
"""
import sys as _sys
import _ctypes as _c
from _ctypes import RTLD_GLOBAL, RTLD_LOCAL

__version__ = "1.1.0"

DEFAULT_MODE = RTLD_LOCAL
FUNCFLAG_CDECL = 0x1
FUNCFLAG_PYTHONAPI = 0x4
FUNCFLAG_USE_ERRNO = 0x8
FUNCFLAG_USE_LASTERROR = 0x10
_M64 = (1 << 64) - 1
_PTR = _c.SPECS['P'][0]


class ArgumentError(Exception):
    pass


def _i64(v):
    """v wrapped to 64 bits as C would, as the signed value _ctypes takes."""
    v &= _M64
    return v - (1 << 64) if v >> 63 else v


def _ptr_value(raw):
    return raw & _M64


# ---- the common base of every C data type

class _CDataMeta(type):
    def __mul__(cls, n):
        return ARRAY(cls, n)

    __rmul__ = __mul__

    def from_address(cls, address):
        return cls._at(address, None)

    def from_buffer(cls, obj, offset=0):
        address, size, keep = _buffer_of(obj, True)
        _check_room(cls, size, offset)
        inst = cls._at(address + offset, None)
        inst._keep = keep
        inst._objects = {'ffffffff': obj}
        return inst

    def from_buffer_copy(cls, source, offset=0):
        address, size, keep = _buffer_of(source, False)
        _check_room(cls, size, offset)
        inst = cls.__new__(cls)
        _c.memmove(inst._addr, address + offset, cls._size_)
        return inst

    def in_dll(cls, library, name):
        return cls._at(_c.dlsym(library._handle, name), None)


def _buffer_of(obj, writable):
    """(address, size, keeper) of a bytes-like object or a ctypes instance."""
    if isinstance(obj, _CData):
        return obj._addr, obj._size_, obj
    try:
        pin = _c.Pin(obj, writable)
    except TypeError:
        if not writable:
            raise
        _c.Pin(obj, False)
        raise TypeError("underlying buffer is not writable") from None
    return pin.address, pin.size, pin


def _caller_module():
    """The module of the code that asked for a new pointer or array type,
    which CPython names as the type's module."""
    f = _sys._getframe(1)
    while f is not None and f.f_globals.get('__name__') == __name__:
        f = f.f_back
    return f.f_globals.get('__name__', __name__) if f is not None else __name__


def _check_room(cls, size, offset):
    if offset < 0:
        raise ValueError("offset cannot be negative")
    if size < cls._size_ + offset:
        raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                         % (size, cls._size_ + offset))


class _CData(metaclass=_CDataMeta):
    _size_ = 0
    _align_ = 1

    def __new__(cls, *args, **kw):
        if cls._abstract():
            raise TypeError("abstract class")
        self = object.__new__(cls)
        self._keep = _c.Mem(cls._size_)
        self._addr = self._keep.address
        self._b_base_ = None
        self._objects = None
        return self

    @classmethod
    def _abstract(cls):
        return '_type_' not in cls.__dict__ and not hasattr(cls, '_type_')

    @classmethod
    def _at(cls, address, base):
        """An instance viewing memory at address, which base (or the caller) keeps."""
        self = object.__new__(cls)
        self._keep = None
        self._addr = address
        self._b_base_ = base
        self._objects = None
        return self

    @property
    def _b_needsfree_(self):
        return isinstance(self._keep, _c.Mem)

    def _keep_alive(self, key, obj):
        """obj lives as long as the memory self views; key (the address of the
        slot that refers to it) replaces what that slot kept before."""
        root = self
        while root._b_base_ is not None:
            root = root._b_base_
        if not isinstance(root._objects, dict):
            root._objects = {} if root._objects is None else {'_': root._objects}
        root._objects[key] = obj

    def __bytes__(self):
        # gilvm's classes written in Python export no buffer: bytes() reads the memory.
        return _c.string_at(self._addr, self._size_)

    def __reduce__(self):
        raise TypeError("ctypes objects cannot be pickled in gilvm")

    # As an argument: (spec, address of the value, what keeps it alive).
    def _as_arg(self):
        return self._spec(), self._addr, self

    @classmethod
    def _spec(cls):
        return cls._code_

    @classmethod
    def _get(cls, address, base):
        """What reading a field or item of this type gives."""
        return cls._at(address, base)

    @classmethod
    def _put(cls, address, value, owner):
        """Stores value as this type at address, inside owner."""
        _put_copy(cls, address, value, owner)

    @classmethod
    def _coerce(cls, value):
        raise TypeError("expected %s instance, got %s" % (cls.__name__, type(value).__name__))


def _put_copy(cls, address, value, owner):
    if not isinstance(value, cls):
        value = cls._coerce(value)
    _c.memmove(address, value._addr, cls._size_)
    owner._keep_alive(address, value)


# ---- simple types

class _SimpleMeta(_CDataMeta):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        code = ns.get('_type_')
        if code is None:
            return
        if not isinstance(code, str) or code not in _c.SPECS or code == 'v':
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of 'cbBhHiIlLdfuzZqQPXOv?g'.")
        cls._code_ = code
        cls._size_, cls._align_ = _c.SPECS[code]


class _SimpleCData(_CData, metaclass=_SimpleMeta):
    def __init__(self, value=None):
        if value is not None:
            self.value = value

    @property
    def value(self):
        return _VALUE_GET.get(self._code_, _int_get)(self)

    @value.setter
    def value(self, v):
        _VALUE_SET.get(self._code_, _int_set)(self, v)

    def __repr__(self):
        if type(self).__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (type(self).__name__, id(self))
        return "%s(%r)" % (type(self).__name__, self._repr_value())

    def _repr_value(self):
        if self._code_ in 'zZ':
            raw = _ptr_value(_c.read(self._addr, 'P'))
            return raw if raw else None
        return self.value

    def __bool__(self):
        return bool(self.value)

    @classmethod
    def _fundamental(cls):
        return cls.__bases__[0] is _SimpleCData

    @classmethod
    def _get(cls, address, base):
        if cls._fundamental():
            return cls._at(address, base).value
        return cls._at(address, base)

    @classmethod
    def _put(cls, address, value, owner):
        if isinstance(value, cls):
            _c.memmove(address, value._addr, cls._size_)
            if value._objects:
                owner._keep_alive(address, value._objects)
            return
        view = cls._at(address, None)
        view.value = value
        if view._objects:
            owner._keep_alive(address, view._objects)

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, cls) or (obj is None and cls._code_ in 'zZP'):
            return obj   # None: the call passes NULL
        conv = _FROM_PARAM.get(cls._code_)
        if conv is not None:
            r = conv(cls, obj)
            if r is not None:
                return r
        if cls._code_ in 'zZP' or (obj is None and cls._code_ != '?'):
            raise TypeError("wrong type")
        try:
            return cls(obj)
        except (TypeError, ValueError):
            raise TypeError("wrong type") from None


def _int_get(self):
    raw = _c.read(self._addr, self._code_)
    if self._code_ in 'LQ':
        return raw & _M64
    return raw


def _int_set(self, v):
    if isinstance(v, float) or not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    _c.write(self._addr, self._code_, _i64(v.__index__()))


def _float_set(self, v):
    if not isinstance(v, (int, float)) and not hasattr(type(v), '__float__'):
        raise TypeError("must be real number, not %s" % type(v).__name__)
    _c.write(self._addr, self._code_, float(v))


def _bool_set(self, v):
    _c.write(self._addr, '?', 1 if v else 0)


def _char_set(self, v):
    if isinstance(v, (bytes, bytearray)) and len(v) == 1:
        v = v[0]
    elif not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < 256:
        raise TypeError("one character bytes, bytearray or integer expected")
    _c.write(self._addr, 'c', v)


def _wchar_set(self, v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("one character unicode string expected")
    _c.write(self._addr, 'u', ord(v))


def _keep_own(self, obj):
    self._objects = obj


def _string_p_set(self, v, text_type, hold, what):
    """Stores a char*/wchar_t* value: None, an address, or a string the
    instance then keeps (hold(v) gives the memory holding it as C wants it)."""
    if v is None:
        addr = 0
    elif isinstance(v, int):
        addr = v
    elif isinstance(v, text_type):
        mem = hold(v)
        addr = mem.address
        _keep_own(self, (v, mem))
    else:
        raise TypeError("%s or integer address expected instead of %s instance"
                        % (what, type(v).__name__))
    _c.write(self._addr, 'P', _i64(addr))


def _char_p_set(self, v):
    _string_p_set(self, v, bytes, lambda b: _c.Pin(b, False), 'bytes')


def _wchar_p_set(self, v):
    _string_p_set(self, v, str, _wchar_buffer, 'unicode string')


def _wchar_buffer(s):
    data = s.encode('utf-32-le', 'surrogatepass') + b'\0\0\0\0'
    mem = _c.Mem(len(data))
    pin = _c.Pin(data, False)
    _c.memmove(mem.address, pin.address, len(data))
    return mem


def _void_p_set(self, v):
    if v is None:
        v = 0
    if not isinstance(v, int):
        raise TypeError("cannot be converted to pointer")
    _c.write(self._addr, 'P', _i64(v))


def _ptr_get(self):
    raw = _ptr_value(_c.read(self._addr, 'P'))
    return raw or None


def _char_p_get(self):
    raw = _ptr_get(self)
    return None if raw is None else _c.string_at(raw, -1)


def _wchar_p_get(self):
    raw = _ptr_get(self)
    return None if raw is None else wstring_at(raw)


_VALUE_GET = {
    '?': lambda self: bool(_c.read(self._addr, '?')),
    'c': lambda self: bytes([_c.read(self._addr, 'c')]),
    'u': lambda self: chr(_c.read(self._addr, 'u')),
    'f': lambda self: _c.read(self._addr, self._code_),
    'd': lambda self: _c.read(self._addr, self._code_),
    'g': lambda self: _c.read(self._addr, self._code_),
    'z': _char_p_get, 'Z': _wchar_p_get, 'P': _ptr_get,
}
_VALUE_SET = {
    '?': _bool_set, 'c': _char_set, 'u': _wchar_set,
    'f': _float_set, 'd': _float_set, 'g': _float_set,
    'z': _char_p_set, 'Z': _wchar_p_set, 'P': _void_p_set,
}


class c_bool(_SimpleCData): _type_ = '?'
class c_char(_SimpleCData): _type_ = 'c'
class c_wchar(_SimpleCData): _type_ = 'u'
class c_byte(_SimpleCData): _type_ = 'b'
class c_ubyte(_SimpleCData): _type_ = 'B'
class c_short(_SimpleCData): _type_ = 'h'
class c_ushort(_SimpleCData): _type_ = 'H'
class c_int(_SimpleCData): _type_ = 'i'
class c_uint(_SimpleCData): _type_ = 'I'
class c_long(_SimpleCData): _type_ = 'l'
class c_ulong(_SimpleCData): _type_ = 'L'
class c_longlong(_SimpleCData): _type_ = 'q'
class c_ulonglong(_SimpleCData): _type_ = 'Q'
class c_float(_SimpleCData): _type_ = 'f'
class c_double(_SimpleCData): _type_ = 'd'
class c_longdouble(_SimpleCData): _type_ = 'g'
class c_char_p(_SimpleCData): _type_ = 'z'
class c_wchar_p(_SimpleCData): _type_ = 'Z'
class c_void_p(_SimpleCData): _type_ = 'P'


if c_longlong._size_ == c_long._size_:
    c_longlong, c_ulonglong = c_long, c_ulong
c_size_t = c_ulong
c_ssize_t = c_long
c_int8, c_uint8 = c_byte, c_ubyte
c_int16, c_uint16 = c_short, c_ushort
c_int32, c_uint32 = c_int, c_uint
c_int64, c_uint64 = c_long, c_ulong
c_voidp = c_void_p


def _address_of_arg(obj):
    """The address a pointer-taking parameter gets from obj, or None."""
    if isinstance(obj, (_Pointer, _CFuncPtr)) or (isinstance(obj, _SimpleCData)
                                                 and obj._code_ in 'zZP'):
        return _ptr_value(_c.read(obj._addr, 'P'))
    if isinstance(obj, (Array, Structure, Union)):
        return obj._addr
    if isinstance(obj, CArgObject):
        return obj._address
    return None


def _pointer_param(cls, obj, accept):
    if isinstance(obj, int) and not isinstance(obj, bool):
        return cls(obj)
    if isinstance(obj, accept):
        return cls(obj)
    addr = _address_of_arg(obj)
    if addr is None:
        return None
    p = cls(addr)
    p._objects = obj
    return p


_FROM_PARAM = {
    'z': lambda cls, obj: _pointer_param(cls, obj, bytes),
    'Z': lambda cls, obj: _pointer_param(cls, obj, str),
    'P': lambda cls, obj: (_pointer_param(c_char_p, obj, bytes) if isinstance(obj, bytes) else
                           _pointer_param(c_wchar_p, obj, str) if isinstance(obj, str) else
                           _pointer_param(cls, obj, ())),
}


# ---- byref, pointers

class CArgObject:
    """byref(obj): obj's address as an argument, obj kept alive."""

    def __init__(self, obj, offset):
        self._obj = obj
        self._address = obj._addr + offset

    def _as_arg(self):
        p = c_void_p(self._address)
        p._objects = self._obj
        return p._as_arg()

    def __repr__(self):
        return "<cparam 'P' (%#x)>" % self._address



def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'"
                        % type(obj).__name__)
    return CArgObject(obj, offset)


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    return obj._addr


def sizeof(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    if not issubclass(cls, _CData) or (isinstance(obj, type) and cls._abstract()):
        raise TypeError("this type has no size")
    return cls._size_


def alignment(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    if not issubclass(cls, _CData):
        raise TypeError("no alignment info")
    return cls._align_


class _PointerMeta(_CDataMeta):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._code_ = 'P'
        cls._size_, cls._align_ = _c.SPECS['P']

    def set_type(cls, typ):
        cls._type_ = typ


class _Pointer(_CData, metaclass=_PointerMeta):
    def __init__(self, value=None):
        if value is not None:
            if isinstance(value, int):
                _c.write(self._addr, 'P', _i64(value))
            else:
                self.contents = value

    @classmethod
    def _abstract(cls):
        return '_type_' not in cls.__dict__

    def _target(self):
        return _ptr_value(_c.read(self._addr, 'P'))

    @property
    def contents(self):
        addr = self._target()
        if not addr:
            raise ValueError("NULL pointer access")
        return self._type_._at(addr, self)

    @contents.setter
    def contents(self, obj):
        if not isinstance(obj, self._type_):
            raise TypeError("expected %s instead of %s" % (self._type_.__name__, type(obj).__name__))
        _c.write(self._addr, 'P', _i64(obj._addr))
        self._keep_alive(self._addr, obj)

    def _item_address(self, i):
        addr = self._target()
        if not addr:
            raise ValueError("NULL pointer access")
        return addr + i * self._type_._size_

    def __getitem__(self, i):
        if isinstance(i, slice):
            if i.stop is None:
                raise ValueError("slice stop is required")
            items = [self[k] for k in range(*i.indices(i.stop))]
            return _join_items(self._type_, items)
        return self._type_._get(self._item_address(i), self)

    def __setitem__(self, i, value):
        self._type_._put(self._item_address(i), value, self)

    def __bool__(self):
        return self._target() != 0

    @classmethod
    def from_param(cls, obj):
        if obj is None or isinstance(obj, cls):
            return obj
        if isinstance(obj, cls._type_):
            return byref(obj)
        if isinstance(obj, CArgObject) and isinstance(obj._obj, cls._type_):
            return obj
        if isinstance(obj, Array) and issubclass(obj._type_, cls._type_):
            return byref(obj)
        if isinstance(obj, _Pointer) and issubclass(obj._type_, cls._type_):
            return obj
        raise TypeError("expected %s instance instead of %s"
                        % (cls.__name__, type(obj).__name__))


def _join_items(typ, items):
    if typ is c_char:
        return b''.join(items)
    if typ is c_wchar:
        return ''.join(items)
    return items


_pointer_type_cache = {}


def POINTER(typ):
    try:
        return _pointer_type_cache[typ]
    except KeyError:
        pass
    if isinstance(typ, str):
        cls = _PointerMeta(typ if typ.startswith('LP_') else 'LP_' + typ, (_Pointer,),
                           {'__module__': _caller_module()})
    else:
        cls = _PointerMeta('LP_' + typ.__name__, (_Pointer,),
                           {'_type_': typ, '__module__': _caller_module()})
    _pointer_type_cache[typ] = cls
    return cls


def pointer(obj):
    return POINTER(type(obj))(obj)


def SetPointerType(pointer, cls):
    pointer.set_type(cls)
    _pointer_type_cache[cls] = pointer


# ---- arrays

class _ArrayMeta(_CDataMeta):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if '_type_' not in ns:
            return
        length = ns.get('_length_')
        if not isinstance(length, int):
            raise AttributeError("class must define a '_length_' attribute, "
                                 "which must be a positive integer")
        if length < 0:
            raise ValueError("Array length must be >= 0, not %d" % length)
        cls._size_ = cls._type_._size_ * length
        cls._align_ = cls._type_._align_
        cls._code_ = 'P'


class Array(_CData, metaclass=_ArrayMeta):
    def __init__(self, *args):
        if len(args) > self._length_:
            raise IndexError("invalid index")
        for i, v in enumerate(args):
            self[i] = v

    @classmethod
    def _abstract(cls):
        return '_length_' not in cls.__dict__

    def __len__(self):
        return self._length_

    def _index(self, i):
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        return self._addr + i * self._type_._size_

    def __getitem__(self, i):
        if isinstance(i, slice):
            return _join_items(self._type_, [self[k] for k in range(*i.indices(self._length_))])
        return self._type_._get(self._index(i), self)

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            idx = range(*i.indices(self._length_))
            if len(value) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(idx, value):
                self[k] = v
            return
        self._type_._put(self._index(i), value, self)

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]

    @classmethod
    def _spec(cls):
        return 'P'

    def _as_arg(self):
        # An array is passed as a pointer to its first element.
        p = c_void_p(self._addr)
        p._objects = self
        return p._as_arg()

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(obj).__name__))

    @classmethod
    def _put(cls, address, value, owner):
        if cls._type_ in (c_char, c_wchar) and isinstance(value, (bytes, str)):
            view = cls._at(address, owner)
            view.value = value
            return
        _put_copy(cls, address, value, owner)

    @classmethod
    def _get(cls, address, base):
        # A char or wchar array field reads as its string, as in CPython.
        if cls._type_ in (c_char, c_wchar):
            return cls._at(address, base).value
        return cls._at(address, base)

    # char and wchar arrays
    @property
    def value(self):
        if self._type_ is c_char:
            data = _c.string_at(self._addr, self._size_)
            end = data.find(b'\0')
            return data if end < 0 else data[:end]
        if self._type_ is c_wchar:
            s = self[:]
            end = s.find('\0')
            return s if end < 0 else s[:end]
        raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @value.setter
    def value(self, v):
        if self._type_ is c_char:
            if not isinstance(v, bytes):
                raise TypeError("bytes expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length_:
                raise ValueError("byte string too long")
            _c.memmove(self._addr, _c.Pin(v, False).address, len(v))
            if len(v) < self._length_:
                _c.write(self._addr + len(v), 'c', 0)
        elif self._type_ is c_wchar:
            if not isinstance(v, str):
                raise TypeError("unicode string expected instead of %s instance" % type(v).__name__)
            if len(v) > self._length_:
                raise ValueError("string too long")
            for i, ch in enumerate(v):
                self[i] = ch
            if len(v) < self._length_:
                self[len(v)] = '\0'
        else:
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)

    @property
    def raw(self):
        if self._type_ is not c_char:
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return _c.string_at(self._addr, self._size_)

    @raw.setter
    def raw(self, v):
        if self._type_ is not c_char:
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        pin = _c.Pin(v, False)
        if pin.size > self._size_:
            raise ValueError("byte string too long")
        _c.memmove(self._addr, pin.address, pin.size)


_array_type_cache = {}


def ARRAY(typ, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (typ, length)
    if key not in _array_type_cache:
        _array_type_cache[key] = _ArrayMeta('%s_Array_%d' % (typ.__name__, length), (Array,),
                                            {'_type_': typ, '_length_': length,
                                             '__module__': _caller_module()})
    return _array_type_cache[key]


def _make_buffer(elem, text_type, init, size):
    if isinstance(init, text_type):
        buf = (elem * (len(init) + 1 if size is None else size))()
        buf.value = init
        return buf
    if isinstance(init, int):
        return (elem * init)()
    raise TypeError(init)


def create_string_buffer(init, size=None):
    return _make_buffer(c_char, bytes, init, size)


def create_unicode_buffer(init, size=None):
    return _make_buffer(c_wchar, str, init, size)


c_buffer = create_string_buffer


# ---- structures and unions

class CField:
    """A field of a Structure or Union: its type, offset and size."""

    def __init__(self, name, typ, offset, index):
        self.name = name
        self.type = typ
        self.offset = offset
        self.size = typ._size_
        self.index = index

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self.type._get(obj._addr + self.offset, obj)

    def __set__(self, obj, value):
        self.type._put(obj._addr + self.offset, value, obj)

    def __repr__(self):
        return "<Field type=%s, ofs=%d, size=%d>" % (self.type.__name__, self.offset, self.size)


def _round_up(n, a):
    return (n + a - 1) // a * a


class _StructMeta(_CDataMeta):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if '_fields_' in ns:
            cls._layout(ns['_fields_'])

    def __setattr__(cls, name, value):
        if name == '_fields_':
            if '_fields_' in cls.__dict__ and cls.__dict__.get('_final_'):
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            cls._layout(value)
            return
        type.__setattr__(cls, name, value)

    def _layout(cls, fields):
        pack = cls.__dict__.get('_pack_', 0)
        if pack and (not isinstance(pack, int) or pack < 0):
            raise ValueError("_pack_ must be a non-negative integer")
        base = cls.__mro__[1]
        offset = base._size_ if issubclass(base, Structure) and base is not Structure else 0
        names = list(base._field_names_) if offset else []
        align = base._align_ if offset else 1
        size = offset
        for i, f in enumerate(fields):
            if len(f) != 2:
                raise NotImplementedError("ctypes: bitfields are not supported in gilvm")
            fname, ftype = f
            if not isinstance(ftype, type) or not issubclass(ftype, _CData) or ftype._abstract():
                raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % i)
            falign = min(ftype._align_, pack) if pack else ftype._align_
            if cls._is_union:
                foff = 0
                size = max(size, ftype._size_)
            else:
                foff = _round_up(offset, falign)
                offset = foff + ftype._size_
                size = offset
            align = max(align, falign)
            type.__setattr__(cls, fname, CField(fname, ftype, foff, len(names)))
            names.append(fname)
        type.__setattr__(cls, '_field_names_', tuple(names))
        type.__setattr__(cls, '_size_', _round_up(size, align))
        type.__setattr__(cls, '_align_', align)
        type.__setattr__(cls, '_final_', True)
        type.__setattr__(cls, '_packed_', bool(pack))


class _StructBase(_CData, metaclass=_StructMeta):
    _field_names_ = ()
    _is_union = False
    _packed_ = False

    @classmethod
    def _abstract(cls):
        return cls in (Structure, Union)

    def __init__(self, *args, **kw):
        if len(args) > len(self._field_names_):
            raise TypeError("too many initializers")
        for name, v in zip(self._field_names_, args):
            setattr(self, name, v)
        for name, v in kw.items():
            setattr(self, name, v)

    @classmethod
    def _spec(cls):
        if cls._is_union:
            raise NotImplementedError("ctypes: passing a Union by value is not supported in gilvm")
        if cls._packed_:
            # libffi lays structures out naturally: a packed one would arrive garbled.
            raise NotImplementedError("ctypes: passing a structure with _pack_ by value "
                                      "is not supported in gilvm")
        spec = []
        for name in cls._field_names_:
            spec.extend(_flat_spec(getattr(cls, name).type))
        return tuple(spec)

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(obj).__name__))


def _flat_spec(typ):
    if issubclass(typ, Array):
        return list(_flat_spec(typ._type_)) * typ._length_
    return [typ._spec()]


class Structure(_StructBase):
    pass


class Union(_StructBase):
    _is_union = True


BigEndianStructure = LittleEndianStructure = Structure
BigEndianUnion = LittleEndianUnion = Union


# ---- raw memory

def _addr_arg(x):
    if isinstance(x, int):
        return x
    if x is None:
        return 0
    if isinstance(x, (bytes, str)):
        return c_void_p.from_param(x)
    addr = _address_of_arg(x)
    if addr is None:
        raise ArgumentError("argument 1: TypeError: wrong type")
    return addr


def _addr_kept(x):
    """(address, object keeping it valid) for memmove & co."""
    a = _addr_arg(x)
    if isinstance(a, int):
        return a, x
    return _ptr_value(_c.read(a._addr, 'P')), a


def memmove(dst, src, count):
    d, keep_d = _addr_kept(dst)
    s, keep_s = _addr_kept(src)
    return _c.memmove(d, s, count)


def memset(dst, c, count):
    d, keep = _addr_kept(dst)
    return _c.memset(d, c, count)


def string_at(ptr, size=-1):
    p, keep = _addr_kept(ptr)
    return _c.string_at(p, size)


def wstring_at(ptr, size=-1):
    p, keep = _addr_kept(ptr)
    if size < 0:
        size = _c.wcslen(p)
    return _c.string_at(p, size * c_wchar._size_).decode('utf-32-le', 'surrogatepass')


def cast(obj, typ):
    if not (issubclass(typ, (_Pointer, _CFuncPtr)) or
            (issubclass(typ, _SimpleCData) and typ._code_ in 'zZP')):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % typ.__name__)
    addr = obj if isinstance(obj, int) else _addr_arg(obj)
    if not isinstance(addr, int):
        addr = _ptr_value(_c.read(addr._addr, 'P'))
    result = typ.__new__(typ)
    _c.write(result._addr, 'P', _i64(addr))
    if isinstance(obj, _CData):
        result._keep_alive(str(id(obj)), obj)
    return result


def resize(obj, size):
    raise NotImplementedError("ctypes.resize: gilvm's ctypes objects have a fixed size")


get_errno = _c.get_errno
set_errno = _c.set_errno


# ---- function pointers

class _FuncMeta(_CDataMeta):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._code_ = 'P'
        cls._size_, cls._align_ = _c.SPECS['P']


def _result_spec(restype):
    if restype is None:
        return 'v'
    if isinstance(restype, type) and issubclass(restype, _CData):
        return restype._spec()
    return 'i'   # a callable restype gets the C int


def _convert_default(i, arg):
    if arg is None:
        return c_void_p(None)
    if isinstance(arg, bool) or isinstance(arg, int):
        if not -(1 << 63) <= arg < (1 << 64):
            raise ArgumentError("argument %d: OverflowError: int too long to convert" % i)
        return c_int(arg)
    if isinstance(arg, bytes):
        return c_char_p(arg)
    if isinstance(arg, str):
        return c_wchar_p(arg)
    if isinstance(arg, (_CData, CArgObject)):
        return arg
    if hasattr(arg, '_as_parameter_'):
        return _convert_default(i, arg._as_parameter_)
    raise ArgumentError("argument %d: TypeError: Don't know how to convert parameter %d" % (i, i))


def _convert_arg(i, argtype, arg):
    try:
        return argtype.from_param(arg)
    except ArgumentError:
        raise
    except Exception as e:
        raise ArgumentError("argument %d: %s: %s" % (i, type(e).__name__, e)) from None


class _CFuncPtr(_CData, metaclass=_FuncMeta):
    _flags_ = FUNCFLAG_CDECL
    _restype_ = c_int
    _argtypes_ = None
    _errcheck = None

    @classmethod
    def _abstract(cls):
        return False

    def __init__(self, *args):
        self.__name__ = type(self).__name__
        if not args:
            return
        if len(args) > 1:
            raise NotImplementedError("ctypes: paramflags and COM method prototypes "
                                      "are not supported in gilvm")
        a = args[0]
        if isinstance(a, int):
            _c.write(self._addr, 'P', _i64(a))
        elif isinstance(a, tuple):
            name, dll = a[0], a[1]
            _c.write(self._addr, 'P', _i64(_c.dlsym(dll._handle, name)))
            self._objects = dll
        elif callable(a):
            self._make_callback(a)
        else:
            raise TypeError("argument must be callable or integer function address")

    @property
    def restype(self):
        return self.__dict__.get('_restype', self._restype_)

    @restype.setter
    def restype(self, t):
        if t is not None and not callable(t):
            raise TypeError("restype must be a type, a callable, or None")
        self._restype = t

    @property
    def argtypes(self):
        return self.__dict__.get('_argtypes', self._argtypes_)

    @argtypes.setter
    def argtypes(self, ts):
        if ts is not None:
            for i, t in enumerate(ts):
                if not hasattr(t, 'from_param'):
                    raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
        self._argtypes = ts

    @property
    def errcheck(self):
        return self._errcheck

    @errcheck.setter
    def errcheck(self, f):
        if not callable(f):
            raise TypeError("the errcheck attribute must be callable")
        self._errcheck = f

    def __bool__(self):
        return _ptr_value(_c.read(self._addr, 'P')) != 0

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    @classmethod
    def from_param(cls, obj):
        if isinstance(obj, cls):
            return obj
        if isinstance(obj, int):
            return cls(obj)
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(obj).__name__))

    def _convert_args(self, args):
        argtypes = self.argtypes
        if argtypes is not None and len(args) < len(argtypes):
            raise TypeError("this function takes at least %d argument%s (%d given)"
                            % (len(argtypes), '' if len(argtypes) == 1 else 's', len(args)))
        out = []
        for i, arg in enumerate(args, 1):
            if argtypes is not None and i <= len(argtypes):
                conv = _convert_arg(i, argtypes[i - 1], arg)
            else:
                conv = _convert_default(i, arg)
            while not isinstance(conv, (_CData, CArgObject)):
                conv = _convert_default(i, conv)
            out.append(conv._as_arg())
        return out

    def __call__(self, *args, **kw):
        if kw:
            raise TypeError("ctypes functions take no keyword arguments")
        fn = _ptr_value(_c.read(self._addr, 'P'))
        if not fn:
            raise ValueError("NULL function pointer")
        converted = self._convert_args(args)
        restype = self.restype
        rtype = restype if isinstance(restype, type) and issubclass(restype, _CData) else None
        result = rtype() if rtype is not None else c_int()
        flags = self._flags_
        _c.call(fn, tuple(a[0] for a in converted), tuple(a[1] for a in converted),
                _result_spec(restype), result._addr,
                (0 if flags & FUNCFLAG_PYTHONAPI else 1) | (2 if flags & FUNCFLAG_USE_ERRNO else 0))
        del converted
        value = self._result(restype, result)
        if self._errcheck is not None:
            return self._errcheck(value, self, args)
        return value

    @staticmethod
    def _result(restype, result):
        if restype is None:
            return None
        if not isinstance(restype, type) or not issubclass(restype, _CData):
            return restype(result.value)
        if issubclass(restype, _SimpleCData) and restype._fundamental():
            return result.value
        return result

    def _make_callback(self, func):
        argtypes = self._argtypes_ or ()
        restype = self._restype_
        if any(issubclass(t, _StructBase) and t._is_union for t in argtypes):
            raise NotImplementedError("ctypes: Union arguments of callbacks are not supported in gilvm")

        def entry(resaddr, *addrs):
            try:
                values = [t._get(a, None) if issubclass(t, _SimpleCData) else _copy_of(t, a)
                          for t, a in zip(argtypes, addrs)]
                r = func(*values)
            except BaseException as e:
                _report_callback_error("calling", func, e, e.__traceback__.tb_next)
                return
            if restype is None:
                return
            try:
                restype._put(resaddr, r, restype._at(resaddr, None))
            except Exception as e:
                _report_callback_error("converting result of", func, e, None)

        spec = _result_spec(restype)
        self._closure = _c.Closure(entry, tuple(t._spec() for t in argtypes), spec,
                                   restype._size_ if restype is not None else 0)
        _c.write(self._addr, 'P', _i64(self._closure.address))
        self._callable = func


def _copy_of(typ, address):
    inst = typ()
    _c.memmove(inst._addr, address, typ._size_)
    return inst


def _report_callback_error(what, func, e, tb):
    """As CPython reports an exception a callback cannot raise into C; the
    C caller then gets a zero result."""
    import traceback
    _sys.stderr.write("Exception ignored on %s ctypes callback function: %r\n" % (what, func))
    traceback.print_exception(type(e), e, tb, file=_sys.stderr)


_c_functype_cache = {}


def CFUNCTYPE(restype, *argtypes, use_errno=False, use_last_error=False):
    flags = FUNCFLAG_CDECL | (FUNCFLAG_USE_ERRNO if use_errno else 0)
    return _functype(restype, argtypes, flags)


def PYFUNCTYPE(restype, *argtypes):
    return _functype(restype, argtypes, FUNCFLAG_CDECL | FUNCFLAG_PYTHONAPI)


def _functype(restype, argtypes, flags):
    key = (restype, argtypes, flags)
    if key not in _c_functype_cache:
        _c_functype_cache[key] = _FuncMeta('CFunctionType', (_CFuncPtr,), {
            '_restype_': restype, '_argtypes_': argtypes, '_flags_': flags})
    return _c_functype_cache[key]


# ---- libraries

class CDLL:
    """A loaded shared library; its functions release the GIL while they run."""
    _func_flags_ = FUNCFLAG_CDECL
    _func_restype_ = c_int
    _name = '<uninitialized>'
    _handle = 0
    _FuncPtr = None

    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False,
                 use_last_error=False, winmode=None):
        if name is not None and hasattr(name, '__fspath__'):
            name = name.__fspath__()
        self._name = name
        flags = self._func_flags_ | (FUNCFLAG_USE_ERRNO if use_errno else 0)

        self._FuncPtr = _FuncMeta('_FuncPtr', (_CFuncPtr,), {
            '_flags_': flags, '_restype_': self._func_restype_})
        self._handle = handle if handle is not None else _c.dlopen(name, mode)

    def __repr__(self):
        return "<%s '%s', handle %x at %#x>" % (type(self).__name__, self._name,
                                                self._handle & _M64, id(self) & _M64)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        func = self.__getitem__(name)
        setattr(self, name, func)
        return func

    def __getitem__(self, name_or_ordinal):
        if isinstance(name_or_ordinal, int):
            raise AttributeError("gilvm: functions are looked up by name, not ordinal")
        func = self._FuncPtr((name_or_ordinal, self))
        func.__name__ = name_or_ordinal
        return func


class PyDLL(CDLL):
    """A shared library whose functions keep the GIL while they run."""
    _func_flags_ = FUNCFLAG_CDECL | FUNCFLAG_PYTHONAPI


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        try:
            dll = self._dlltype(name)
        except OSError:
            raise AttributeError(name)
        setattr(self, name, dll)
        return dll

    def __getitem__(self, name):
        return getattr(self, name)

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = LibraryLoader(PyDLL)


class _NotCPython:
    """pythonapi: gilvm has no CPython C API to call."""

    def __getattr__(self, name):
        raise NotImplementedError("ctypes.pythonapi: gilvm is not CPython and has no Python C API")

    def __repr__(self):
        return "<ctypes.pythonapi: not available in gilvm>"


pythonapi = _NotCPython()


class py_object:
    def __init__(self, *args):
        raise NotImplementedError("ctypes.py_object: gilvm is not CPython; "
                                  "Python objects cannot be passed to C")
