"""pickle for gilvm: objects to CPython's pickle byte stream and back.

The stream is a little stack-machine program (PEP 307, PEP 3154): one-byte
opcodes push values, build containers from the items above a MARK, remember
objects in a memo (so shared and recursive references come back shared) and
call globals (a class, or a function named by module and qualname) to make
instances.  gilvm writes protocols 0-5 with the opcodes python3 chooses, so
the bytes match python3's for the same object and protocol where the object
means the same thing in both; it reads what python3 writes at protocols 0-5
(in-band buffers only; of protocols 0 and 1, all but
the quoted py2 text of STRING, which needs the escape codec).

Reduction: a reducer for the type in the Pickler's dispatch_table, or
else in copyreg.dispatch_table, comes first, as in python3; then a
class's own __reduce_ex__/__reduce__; otherwise an
instance is rebuilt as CPython's object.__reduce_ex__ would describe it
(cls.__new__(cls, *__getnewargs__()), then __setstate__ or the __dict__
and __slots__ values), and an exception as its class called with its args.
"""

import copyreg
import sys
from struct import pack, unpack

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler',
           'dump', 'dumps', 'load', 'loads', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# The opcodes gilvm writes or reads, by their one-byte code.
MARK, STOP, POP, POP_MARK, DUP = b'(', b'.', b'0', b'1', b'2'
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b'F', b'I', b'J', b'K', b'L', b'M'
NONE, PERSID, BINPERSID, REDUCE = b'N', b'P', b'Q', b'R'
BINSTRING, SHORT_BINSTRING, BINUNICODE, UNICODE = b'T', b'U', b'X', b'V'
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b'a', b'b', b'c', b'd', b'}', b'e'
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b'g', b'h', b'i', b'j', b'l', b']'
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM, TUPLE = b'o', b'p', b'q', b'r', b's', b't'
EMPTY_TUPLE, SETITEMS, BINFLOAT = b')', b'u', b'G'
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b'\x80', b'\x81', b'\x82', b'\x83', b'\x84'
TUPLE1, TUPLE2, TUPLE3, NEWTRUE, NEWFALSE = b'\x85', b'\x86', b'\x87', b'\x88', b'\x89'
LONG1, LONG4 = b'\x8a', b'\x8b'
BINBYTES, SHORT_BINBYTES = b'B', b'C'
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8, EMPTY_SET = b'\x8c', b'\x8d', b'\x8e', b'\x8f'
ADDITEMS, FROZENSET, NEWOBJ_EX, STACK_GLOBAL, MEMOIZE = b'\x90', b'\x91', b'\x92', b'\x93', b'\x94'
FRAME, BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b'\x95', b'\x96', b'\x97', b'\x98'

_BATCH = 1000          # items per APPENDS/SETITEMS/ADDITEMS, as python3
_FRAME_TARGET = 65536  # a protocol-4 frame is closed once it holds this much
_FRAME_MIN = 4         # a smaller last frame is written without its header

# Protocol 2 streams name builtins as Python 2 did, so python3 writes
# exceptions under 'exceptions' and a few renamed builtins by their old
# names; both directions read this one table.
_PY2_EXCEPTIONS = frozenset((
    'ArithmeticError AssertionError AttributeError BaseException BufferError '
    'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
    'FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning '
    'IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError '
    'NameError NotImplementedError OSError OverflowError PendingDeprecationWarning '
    'ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError SyntaxWarning '
    'SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
    'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning '
    'ValueError Warning ZeroDivisionError').split())
_PY2_NAMES = {  # python 3 (module, name) -> python 2's
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
}
_PY3_NAMES = {old: new for new, old in _PY2_NAMES.items()}
# python 3 module -> the python 2 name python3 writes at protocols 0-2
_PY2_MODULES = {
    'copyreg': 'copy_reg', 'queue': 'Queue', 'socketserver': 'SocketServer',
    'configparser': 'ConfigParser', 'reprlib': 'repr', '_thread': 'thread',
    'subprocess': 'commands', 'urllib.parse': 'urlparse', 'urllib.request': 'urllib2',
    'collections.abc': '_abcoll', 'http.client': 'httplib', 'http.server': 'BaseHTTPServer',
    'http.cookies': 'Cookie', 'http.cookiejar': 'cookielib', 'html.parser': 'HTMLParser',
    'html.entities': 'htmlentitydefs', 'xmlrpc.client': 'xmlrpclib', 'dbm': 'anydbm',
    'dbm.dumb': 'dumbdbm', '_functools': 'functools', '_markupbase': 'markupbase',
}
_PY3_MODULES = {'__builtin__': 'builtins', 'exceptions': 'builtins'}
_PY3_MODULES.update((old, new) for new, old in _PY2_MODULES.items() if old != 'functools')


def _py2_name(module, name):
    if (module, name) in _PY2_NAMES:
        return _PY2_NAMES[(module, name)]
    if module == 'builtins':
        return ('exceptions' if name in _PY2_EXCEPTIONS else '__builtin__'), name
    return _PY2_MODULES.get(module, module), name


def _encode_long(x):
    """x as the fewest little-endian two's-complement bytes (b'' for 0)."""
    if x == 0:
        return b''
    data = x.to_bytes((x.bit_length() >> 3) + 1, 'little', signed=True)
    # A negative number may carry one sign byte too many.
    if x < 0 and len(data) > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


# Protocol 2 carries bytes as latin-1 text.
def _latin1_text(data):
    return data.decode('latin-1')


def _shown_byte(b):
    return chr(b) if 32 <= b < 127 else '\\x%02x' % b


def _codecs_encode(text, encoding):
    """What a protocol-2 stream's '_codecs encode' makes: bytes from latin-1 text."""
    return text.encode(encoding)


def _find_qualname(module, qualname):
    obj = module
    for part in qualname.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (qualname, module))
        obj = getattr(obj, part)
    return obj


def _whichmodule(obj, name):
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for mname, m in list(sys.modules.items()):
        if mname == '__main__' or m is None:
            continue
        try:
            if _find_qualname(m, name) is obj:
                return mname
        except AttributeError:
            pass
    return '__main__'


def _raw_escape(s):
    """s as the argument of a protocol-0 UNICODE line: raw-unicode-escape,
    with the backslash and the characters that would end or cut the line
    (NUL, newline, carriage return, DOS end-of-file) also as \\u escapes."""
    for ch in '\\\0\n\r\x1a':
        if ch in s:
            s = s.replace(ch, '\\u%04x' % ord(ch))
    return s.encode('raw-unicode-escape')


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        for name in ((slots,) if isinstance(slots, str) else slots):
            if name in ('__dict__', '__weakref__') or name in names:
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _own_method(cls, name):
    """cls's name from a class below object (object's default is ours to do)."""
    for c in cls.__mro__:
        if c is object:
            return None
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def _default_state(obj):
    """What object.__reduce_ex__ would record: __dict__, plus slot values
    as a second dict when the class has __slots__."""
    getstate = getattr(obj, '__getstate__', None)
    if getstate is not None and _own_method(type(obj), '__getstate__') is not None:
        return getstate()
    state = getattr(obj, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return (state, slots) if slots else state


def _builtin_base(cls):
    """The first class in cls's mro that is not written in Python (its
    own __new__ is a builtin bound to it, or it lives in builtins)."""
    for c in cls.__mro__:
        new = c.__dict__.get('__new__')
        if c.__module__ == 'builtins' or getattr(new, '__self__', None) is c:
            return c
    return object


def _reconstructor_reduce(obj):
    """What object.__reduce_ex__ gives at protocols 0 and 1, which have no
    NEWOBJ: copyreg._reconstructor(cls, base, base's value), then the state."""
    cls = type(obj)
    base = _builtin_base(cls)
    if base is object:
        base_state = None
    elif base is cls:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    else:
        base_state = base(obj)
    if _own_method(cls, '__getstate__') is not None:
        state = obj.__getstate__()
    elif _slot_names(cls):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    else:
        state = getattr(obj, '__dict__', None)
    args = (cls, base, base_state)
    return (copyreg._reconstructor, args, state) if state else (copyreg._reconstructor, args)


def _default_reduce(obj):
    cls = type(obj)
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        return (cls, obj.args, d) if d else (cls, obj.args)
    new_args = copyreg._newobj_args(obj)
    # Without __new__ arguments, an object whose data lives only in its
    # constructor (no __dict__, no slots) cannot be rebuilt.
    if new_args is None and cls.__new__ is not object.__new__ \
            and cls.__init__ is object.__init__ \
            and not hasattr(obj, '__dict__') and not _slot_names(cls):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    args, kwargs = new_args or ((), {})
    if kwargs:
        return (copyreg.__newobj_ex__, (cls, args, kwargs), _default_state(obj))
    return (copyreg.__newobj__, (cls,) + args, _default_state(obj))


class Pickler:
    """Writes objects to file (anything with write(bytes)) at protocol."""

    def __init__(self, file, protocol=None, *, fix_imports=True):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        self._file_write = file.write
        self.proto = protocol
        self.fix_imports = fix_imports
        self.memo = {}
        self._new_buffer()

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        # protocols 0 and 1 predate the PROTO opcode
        self._out = [PROTO + bytes((self.proto,))] if self.proto >= 2 else []
        self._new_buffer()
        self.save(obj)
        self.write(STOP)
        self._commit_frame()
        self._file_write(b''.join(self._out))
        self._out = None

    # -- output, framed at protocol 4 and above --------------------------

    def _new_buffer(self):
        """Output collects in one bytearray (the current frame at protocol 4
        and above); write is its extend, so an opcode costs no Python call."""
        self._framing = self.proto >= 4
        self._frame = bytearray()
        self.write = self._frame.extend

    def _commit_frame(self):
        frame = self._frame
        if not frame:
            return
        if self._framing and len(frame) >= _FRAME_MIN:
            self._out.append(FRAME + pack('<Q', len(frame)))
        self._out.append(bytes(frame))
        del frame[:]

    def _write_large(self, header, payload):
        """A payload of a frame's size or more goes outside any frame, as python3's."""
        if self._framing and len(payload) >= _FRAME_TARGET:
            # the frame so far closes first; opcode and payload go unframed
            self._commit_frame()
            self._out.append(header)
            self._out.append(payload)
        else:
            self.write(header)
            self.write(payload)

    # -- the memo ---------------------------------------------------------

    def memoize(self, obj):
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.proto == 0:
            self.write(PUT + b'%d\n' % idx)
        elif idx < 256:
            self.write(_BINPUT_OPS[idx])
        else:
            self.write(LONG_BINPUT + pack('<I', idx))
        self.memo[id(obj)] = (idx, obj)

    def _get(self, idx):
        if self.proto == 0:
            return self.write(GET + b'%d\n' % idx)
        self.write(_BINGET_OPS[idx] if idx < 256 else LONG_BINGET + pack('<I', idx))

    # -- dispatch ---------------------------------------------------------

    def save(self, obj):
        if self._framing and len(self._frame) >= _FRAME_TARGET:
            self._commit_frame()
        if obj is None:
            return self.write(NONE)
        t = type(obj)
        if t is bool:
            if self.proto < 2:   # the text INT opcode's two spellings of a bool
                return self.write(b'I01\n' if obj else b'I00\n')
            return self.write(NEWTRUE if obj else NEWFALSE)
        if t is int:
            if 0 <= obj < 256 and self.proto:   # the commonest int, inline
                return self.write(_BININT1_OPS[obj])
            return self.save_int(obj)
        if t is float:
            if self.proto == 0:
                return self.write(FLOAT + repr(obj).encode('ascii') + b'\n')
            return self.write(BINFLOAT + pack('>d', obj))
        memoized = self.memo.get(id(obj))
        if memoized is not None:
            return self._get(memoized[0])
        saver = _SAVERS.get(t)
        if saver is not None:
            return saver(self, obj)
        # python3 asks the dispatch table before treating obj as a global
        reducer = getattr(self, 'dispatch_table', copyreg.dispatch_table).get(t)
        if t is type and obj in _SINGLETON_TYPES:   # not in builtins: rebuilt as type(x)
            return self.save_reduce(type, (_SINGLETON_TYPES[obj],), obj=obj)
        if reducer is None and (isinstance(obj, type) or t in _FUNCTION_TYPES):
            return self.save_global(obj)
        self.save_reduced(obj, reducer)

    def save_int(self, x):
        if self.proto < 2 and (self.proto == 0 or not -0x80000000 <= x <= 0x7fffffff):
            # text opcodes: INT for what fits 32 bits, else LONG with py2's 'L'
            if -0x80000000 <= x <= 0x7fffffff:
                return self.write(INT + repr(x).encode('ascii') + b'\n')
            return self.write(LONG + repr(x).encode('ascii') + b'L\n')
        if 0 <= x < 256:
            self.write(BININT1 + bytes((x,)))
        elif 0 <= x < 65536:
            self.write(BININT2 + pack('<H', x))
        elif -0x80000000 <= x <= 0x7fffffff:
            self.write(BININT + pack('<i', x))
        else:
            data = _encode_long(x)
            n = len(data)
            self.write((LONG1 + bytes((n,)) if n < 256 else LONG4 + pack('<i', n)) + data)

    def save_str(self, s):
        if self.proto == 0:
            self.write(UNICODE + _raw_escape(s) + b'\n')
            return self.memoize(s)
        data = s.encode('utf-8', 'surrogatepass')
        n = len(data)
        if n < 256 and self.proto >= 4:
            self.write(SHORT_BINUNICODE + bytes((n,)) + data)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINUNICODE8 + pack('<Q', n), data)
        else:
            self._write_large(BINUNICODE + pack('<I', n), data)
        self.memoize(s)

    def save_bytes(self, b):
        if self.proto < 3:
            if not b:
                return self.save_reduce(bytes, (), obj=b)
            return self.save_reduce(_codecs_encode, (_latin1_text(b), 'latin1'), obj=b)
        n = len(b)
        if n < 256:
            self.write(SHORT_BINBYTES + bytes((n,)) + b)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack('<Q', n), b)
        else:
            self._write_large(BINBYTES + pack('<I', n), b)
        self.memoize(b)

    def save_bytearray(self, b):
        if self.proto < 5:
            return self.save_reduce(bytearray, (bytes(b),), obj=b)
        self._write_large(BYTEARRAY8 + pack('<Q', len(b)), bytes(b))
        self.memoize(b)

    def save_tuple(self, t):
        if not t:
            return self.write(EMPTY_TUPLE if self.proto >= 1 else MARK + TUPLE)
        n = len(t)
        if n <= 3 and self.proto >= 2:
            for item in t:
                self.save(item)
            if id(t) in self.memo:   # t reached itself through an item
                self.write(POP * n)
                return self._get(self.memo[id(t)][0])
            self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
        else:
            self.write(MARK)
            for item in t:
                self.save(item)
            if id(t) in self.memo:
                # protocol 0 has no POP_MARK: the items and the mark go one by one
                self.write(POP_MARK if self.proto >= 1 else POP * (n + 1))
                return self._get(self.memo[id(t)][0])
            self.write(TUPLE)
        self.memoize(t)

    def save_list(self, lst):
        self.write(EMPTY_LIST if self.proto >= 1 else MARK + LIST)
        self.memoize(lst)
        self._batch_appends(list(lst))

    def _batch_appends(self, items):
        self._batched(items, APPEND, APPENDS)

    def _batch_setitems(self, items):
        """(key, value) pairs as _batched lays out items, each pair saved
        inline: dicts are the bulk of most pickles."""
        save, write = self.save, self.write
        if self.proto == 0:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        for start in range(0, len(items), _BATCH):
            batch = items[start:start + _BATCH]
            if len(items) == 1:
                save(batch[0][0])
                save(batch[0][1])
                write(SETITEM)
                continue
            write(MARK)
            for k, v in batch:
                save(k)
                save(v)
            write(SETITEMS)

    def _batched(self, items, one, many):
        """The list items in groups of _BATCH: MARK ... many, or one when
        the container holds a single item (None: always the group).  A
        lone item left after full groups still gets its MARK ... many, as
        python3's C pickler writes it.  Protocol 0 has no batch opcodes,
        so each item goes singly."""
        save, write = self.save, self.write
        if self.proto == 0:
            for item in items:
                save(item)
                write(one)
            return
        for start in range(0, len(items), _BATCH):
            batch = items[start:start + _BATCH]
            if len(items) == 1 and one is not None:
                save(batch[0])
                write(one)
                continue
            write(MARK)
            for item in batch:
                save(item)
            write(many)

    def save_dict(self, d):
        self.write(EMPTY_DICT if self.proto >= 1 else MARK + DICT)
        self.memoize(d)
        self._batch_setitems(list(d.items()))

    def save_set(self, s):
        if self.proto < 4:
            return self.save_reduce(set, (list(s),), obj=s)
        self.write(EMPTY_SET)
        self.memoize(s)
        self._batched(list(s), None, ADDITEMS)

    def save_frozenset(self, s):
        if self.proto < 4:
            return self.save_reduce(frozenset, (list(s),), obj=s)
        self.write(MARK)
        for item in s:
            self.save(item)
        if id(s) in self.memo:
            self.write(POP_MARK)
            return self._get(self.memo[id(s)][0])
        self.write(FROZENSET)
        self.memoize(s)

    def save_global(self, obj, name=None):
        if obj is _codecs_encode:   # gilvm's stand-in goes by python3's name
            return self._write_global(obj, '_codecs', 'encode')
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name)
            found = _find_qualname(sys.modules[module_name], name)
        except (ImportError, KeyError, AttributeError):
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r" % name) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        self._write_global(obj, module_name, name)

    def _write_global(self, obj, module_name, name):
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        else:
            if self.proto < 3 and self.fix_imports:
                module_name, name = _py2_name(module_name, name)
            if '.' in name:   # GLOBAL takes a plain name; python3 reduces to getattr
                parent = _find_qualname(sys.modules[module_name], name.rpartition('.')[0])
                return self.save_reduce(getattr, (parent, name.rpartition('.')[2]), obj=obj)
            self.write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        self.memoize(obj)

    def save_reduced(self, obj, reducer=None):
        rv = reducer(obj) if reducer is not None else self._reduce(obj)
        if isinstance(rv, str):
            return self.save_global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def _reduce(self, obj):
        """obj's reduction when no dispatch table names its type."""
        cls = type(obj)
        if _own_method(cls, '__reduce_ex__') is not None:
            return obj.__reduce_ex__(self.proto)
        if _own_method(cls, '__reduce__') is not None:
            return obj.__reduce__()
        if self.proto < 2 and not isinstance(obj, BaseException):
            return _reconstructor_reduce(obj)
        return _default_reduce(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        name = getattr(func, '__name__', '')
        if name == '__newobj__':
            self.save(args[0])
            self.save(tuple(args[1:]))
            self.write(NEWOBJ)
        elif name == '__newobj_ex__' and self.proto >= 4:
            for arg in args:
                self.save(arg)
            self.write(NEWOBJ_EX)
        else:
            self.save(func)
            self.save(tuple(args))
            self.write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:   # an argument held obj itself
                self.write(POP)
                self._get(self.memo[id(obj)][0])
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(list(listitems))
        if dictitems is not None:
            self._batch_setitems(list(dictitems))
        if state is not None:
            self.save(state)
            self.write(BUILD)


# The one-byte-argument opcodes, made once
_BININT1_OPS = [BININT1 + bytes((i,)) for i in range(256)]
_BINGET_OPS = [BINGET + bytes((i,)) for i in range(256)]
_BINPUT_OPS = [BINPUT + bytes((i,)) for i in range(256)]

_SAVERS = {str: Pickler.save_str, bytes: Pickler.save_bytes,
           bytearray: Pickler.save_bytearray, tuple: Pickler.save_tuple,
           list: Pickler.save_list, dict: Pickler.save_dict, set: Pickler.save_set,
           frozenset: Pickler.save_frozenset}
# A builtin is not here: its __reduce__ names it as a global unless it is
# bound to an object (l.append), which pickle rebuilds through getattr.
_FUNCTION_TYPES = (type(copyreg.pickle),)
_SINGLETON_TYPES = {type(None): None, type(NotImplemented): NotImplemented, type(...): ...}


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """Reads one object per load() from file (read(n) and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self._read = file.read
        self._readline = file.readline
        # loads() reads its bytes in place: one call per argument, no file
        self._source = file if type(file) is _BytesSource else None
        if self._source is not None:
            self._exact = file.exact
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self.proto = 0

    def load(self):
        self.stack = []
        self.metastack = []
        try:
            if self._source is not None:
                self._load_bytes(self._source)
            read = self._read
            while True:
                code = read(1)
                if not code:
                    raise EOFError("Ran out of input")
                op = _LOADERS.get(code[0])
                if op is None:
                    raise UnpicklingError("invalid load key, '%s'." % _shown_byte(code[0]))
                op(self)
        except _Stop as stop:
            return stop.value
        finally:
            self.stack = self.metastack = None

    def _load_bytes(self, src):
        """load()'s loop over bytes in memory: the opcode byte by index."""
        data, loaders = src.data, _LOADERS
        end = len(data)
        while src.pos < end:
            code = data[src.pos]
            src.pos += 1
            op = loaders.get(code)
            if op is None:
                raise UnpicklingError("invalid load key, '%s'." % _shown_byte(code))
            op(self)
        raise EOFError("Ran out of input")

    def _exact(self, n):
        data = self._read(n)
        if len(data) != n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        # a text-protocol argument runs to a newline; without one the
        # stream ended inside it, as python3 reports
        line = self._readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[(module, name)]
            module = _PY3_MODULES.get(module, module)
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module)
        mod = sys.modules[module]
        return _find_qualname(mod, name) if self.proto >= 4 else getattr(mod, name)

    def _pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _push(self, value):
        self.stack.append(value)

    # -- the opcodes, each a method named after it ----------------------

    def op_PROTO(self):
        proto = self._exact(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def op_FRAME(self):
        # gilvm reads the stream unframed; bytes in memory can still be
        # checked to hold the whole frame, as python3 checks
        n = unpack('<Q', self._exact(8))[0]
        src = self._source
        if src is not None and src.pos + n > len(src.data):
            raise UnpicklingError("pickle data was truncated")

    def op_STOP(self):
        raise _Stop(self.stack.pop())

    def op_MARK(self):
        self.metastack.append(self.stack)
        self.stack = []

    def op_POP(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def op_POP_MARK(self):
        self._pop_mark()

    def op_DUP(self):
        self._push(self.stack[-1])

    def op_NONE(self):
        self._push(None)

    def op_NEWTRUE(self):
        self._push(True)

    def op_NEWFALSE(self):
        self._push(False)

    def op_INT(self):
        line = self._line()
        self._push(True if line == b'01' else False if line == b'00' else int(line, 0))

    def op_LONG(self):
        line = self._line()
        self._push(int(line[:-1] if line.endswith(b'L') else line, 0))

    def op_BININT(self):
        self._push(unpack('<i', self._exact(4))[0])

    def op_BININT1(self):
        self._push(self._exact(1)[0])

    def op_BININT2(self):
        self._push(unpack('<H', self._exact(2))[0])

    def op_LONG1(self):
        self._push(_decode_long(self._exact(self._exact(1)[0])))

    def op_LONG4(self):
        n = unpack('<i', self._exact(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._push(_decode_long(self._exact(n)))

    def op_FLOAT(self):
        self._push(float(self._line()))

    def op_BINFLOAT(self):
        self._push(unpack('>d', self._exact(8))[0])

    def _text(self, data):
        return data.decode('utf-8', 'surrogatepass')

    def op_UNICODE(self):
        self._push(self._line().decode('raw-unicode-escape'))

    def op_BINUNICODE(self):
        self._push(self._text(self._exact(unpack('<I', self._exact(4))[0])))

    def op_SHORT_BINUNICODE(self):
        self._push(self._text(self._exact(self._exact(1)[0])))

    def op_BINUNICODE8(self):
        self._push(self._text(self._exact(unpack('<Q', self._exact(8))[0])))

    def _py2_str(self, data):
        return data if self.encoding == 'bytes' else data.decode(self.encoding, self.errors)

    def op_BINSTRING(self):
        self._push(self._py2_str(self._exact(unpack('<i', self._exact(4))[0])))

    def op_SHORT_BINSTRING(self):
        self._push(self._py2_str(self._exact(self._exact(1)[0])))

    def op_BINBYTES(self):
        self._push(self._exact(unpack('<I', self._exact(4))[0]))

    def op_SHORT_BINBYTES(self):
        self._push(self._exact(self._exact(1)[0]))

    def op_BINBYTES8(self):
        self._push(self._exact(unpack('<Q', self._exact(8))[0]))

    def op_BYTEARRAY8(self):
        self._push(bytearray(self._exact(unpack('<Q', self._exact(8))[0])))

    def op_NEXT_BUFFER(self):
        raise UnpicklingError("pickle stream refers to out-of-band data "
                              "but no *buffers* argument was given")

    def op_READONLY_BUFFER(self):
        pass

    def op_EMPTY_TUPLE(self):
        self._push(())

    def op_TUPLE(self):
        self._push(tuple(self._pop_mark()))

    def _tuple_n(self, n):
        items = tuple(self.stack[-n:])
        del self.stack[-n:]
        self._push(items)

    def op_TUPLE1(self):
        self._tuple_n(1)

    def op_TUPLE2(self):
        self._tuple_n(2)

    def op_TUPLE3(self):
        self._tuple_n(3)

    def op_EMPTY_LIST(self):
        self._push([])

    def op_LIST(self):
        self._push(self._pop_mark())

    def op_APPEND(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def op_APPENDS(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, list):
            target.extend(items)
        else:
            for item in items:
                target.append(item)

    def op_EMPTY_DICT(self):
        self._push({})

    def op_DICT(self):
        items = self._pop_mark()
        self._push({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def op_SETITEM(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def op_SETITEMS(self):
        items = self._pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def op_EMPTY_SET(self):
        self._push(set())

    def op_ADDITEMS(self):
        items = self._pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def op_FROZENSET(self):
        self._push(frozenset(self._pop_mark()))

    def op_GLOBAL(self):
        module = self._line().decode('utf-8')
        name = self._line().decode('utf-8')
        self._push(self.find_class(module, name))

    def op_STACK_GLOBAL(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def op_REDUCE(self):
        args = self.stack.pop()
        self.stack[-1] = self.stack[-1](*args)

    def op_NEWOBJ(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self._push(cls.__new__(cls, *args))

    def op_NEWOBJ_EX(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def op_INST(self):
        cls = self.find_class(self._line().decode('ascii'), self._line().decode('ascii'))
        self._push(cls(*self._pop_mark()))

    def op_OBJ(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._push(cls(*args))

    def op_BUILD(self):
        state = self.stack.pop()
        obj = self.stack[-1]
        setstate = getattr(obj, '__setstate__', None)
        if setstate is not None:
            return setstate(state)
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            obj.__dict__.update(state)
        if slots:
            for name, value in slots.items():
                setattr(obj, name, value)

    def op_PUT(self):
        self.memo[int(self._line())] = self.stack[-1]

    def op_BINPUT(self):
        self.memo[self._exact(1)[0]] = self.stack[-1]

    def op_LONG_BINPUT(self):
        self.memo[unpack('<I', self._exact(4))[0]] = self.stack[-1]

    def op_MEMOIZE(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def _memo_get(self, idx):
        if idx not in self.memo:
            raise UnpicklingError("Memo value not found at index %d" % idx)
        self._push(self.memo[idx])

    def op_GET(self):
        self._memo_get(int(self._line()))

    def op_BINGET(self):
        self._memo_get(self._exact(1)[0])

    def op_LONG_BINGET(self):
        self._memo_get(unpack('<I', self._exact(4))[0])

    def op_PERSID(self):
        raise UnpicklingError("A load persistent id instruction was encountered, "
                              "but no persistent_load function was specified.")

    op_BINPERSID = op_PERSID

    def op_EXT1(self):
        raise UnpicklingError("gilvm's pickle has no extension registry (copyreg)")

    op_EXT2 = op_EXT4 = op_EXT1


# Opcode byte -> Unpickler method, from the op_NAME methods and the names above.
_LOADERS = {globals()[name[3:]][0]: method for name, method in Unpickler.__dict__.items()
            if name.startswith('op_')}


class _BytesSink:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)


class _BytesSource:
    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk

    def exact(self, n):
        """Unpickler._exact over the bytes: n bytes, or UnpicklingError."""
        pos = self.pos
        stop = pos + n
        if n < 0 or stop > len(self.data):
            raise UnpicklingError("pickle data was truncated")
        self.pos = stop
        return self.data[pos:stop]

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        line = self.data[self.pos:end]
        self.pos = end
        return line


def dump(obj, file, protocol=None, *, fix_imports=True):
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports).dump(obj)
    return b''.join(sink.parts)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict'):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors).load()


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict'):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return load(_BytesSource(data), fix_imports=fix_imports, encoding=encoding, errors=errors)


def _main():
    """`gilvm -m pickle FILE ...`: pretty-print the object in each pickle file."""
    import argparse
    import pprint
    parser = argparse.ArgumentParser(description='display contents of the pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*',
                        help='the pickle file')
    parser.add_argument('-t', '--test', action='store_true', help='run self-test suite')
    parser.add_argument('-v', action='store_true', help='run verbosely; only affects self-test run')
    args = parser.parse_args()
    if args.test:
        raise SystemExit('pickle: -t/--test (the doctest self-test) is not supported')
    if not args.pickle_file:
        parser.print_help()
    for f in args.pickle_file:
        pprint.pprint(load(f))


if __name__ == '__main__':
    _main()
