"""collections for gilvm: deque, namedtuple, defaultdict, OrderedDict, Counter,
ChainMap, UserDict, UserList and UserString.

As CPython's: the mappings are dict subclasses and namedtuple classes are
tuple subclasses (no per-instance __dict__)."""

from types import GenericAlias as _GenericAlias, FunctionType as _FunctionType
import sys as _sys
from _thread import _atomic
import _odict
from reprlib import recursive_repr as _recursive_repr
from operator import index as _index, lt as _lt, le as _le, gt as _gt, ge as _ge

__all__ = ['deque', 'namedtuple', 'defaultdict', 'OrderedDict', 'Counter', 'ChainMap', 'UserDict',
           'UserList', 'UserString']


# ---- deque

def _atomic_methods(cls):
    """cls's own methods, and its properties' accessors, each run as one
    step to other threads, as the methods of the C type cls stands in for
    do in CPython (_thread._atomic): threads that share a deque without a
    lock, as CPython allows, never see it half-updated."""
    for v in vars(cls).values():
        for f in (v, getattr(v, 'fget', None), getattr(v, 'fset', None)):
            if isinstance(f, _FunctionType):
                _atomic(f)
    return cls


@_atomic_methods
class deque:
    """A double-ended queue, bounded by maxlen if given (the far end drops
    what overflows).

    The items are _buf[_head:]: popleft moves the head instead of shifting
    the list, and appendleft fills a gap kept in front of it, so both ends
    are amortised O(1).  The rest works on _items, the plain list, which
    closes the gap first."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def _items(self):
        if self._head:
            del self._buf[:self._head]
            self._head = 0
        return self._buf

    @_items.setter
    def _items(self, items):
        self._buf = items
        self._head = 0

    @property
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        while self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def _trim_right(self):
        if self._maxlen is not None and len(self) > self._maxlen:
            del self._buf[self._head + self._maxlen:]

    def append(self, x):
        self._buf.append(x)
        self._trim_left()

    def appendleft(self, x):
        if not self._head:       # a new gap as long as the items: amortised O(1)
            gap = max(8, len(self._buf))
            self._buf[:0] = [None] * gap
            self._head = gap
        self._head -= 1
        self._buf[self._head] = x
        self._trim_right()

    def pop(self):
        if len(self._buf) <= self._head:
            raise IndexError("pop from an empty deque")
        return self._buf.pop()

    def popleft(self):
        buf, head = self._buf, self._head
        if head >= len(buf):
            raise IndexError("pop from an empty deque")
        x = buf[head]
        buf[head] = None
        head += 1
        if head >= 64 and 2 * head >= len(buf):   # the gap outgrew the items
            del buf[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        """Move the last n items to the front (n < 0: the first -n to the end).
        Only the shorter side moves, through the gap at the front, so a
        small step costs O(step) however long the deque, as python3's."""
        k = len(self)
        if k <= 1:
            return
        n %= k
        if not n:
            return
        buf = self._buf
        if n <= k - n:
            tail = buf[-n:]
            del buf[-n:]
            self._prepend(tail)
        else:
            m, head = k - n, self._head
            front = buf[head:head + m]
            buf[head:head + m] = [None] * m
            buf.extend(front)
            head += m
            if head >= 64 and 2 * head >= len(buf):   # as popleft: drop a gap that outgrew the items
                del buf[:head]
                head = 0
            self._head = head

    def _prepend(self, items):
        """items in front of the first one, filling the gap (widened first
        when too short, by at least the deque's length: amortised O(1))."""
        m = len(items)
        if self._head < m:
            gap = max(8, len(self._buf), m)
            self._buf[:0] = [None] * gap
            self._head += gap
        self._head -= m
        self._buf[self._head:self._head + m] = items

    def clear(self):
        del self._items[:]

    def copy(self):
        return deque(self._items, self._maxlen)

    def count(self, x):
        return self._items.count(x)

    def index(self, x, start=0, stop=None):
        if stop is None:
            stop = len(self._items)
        for i in range(start, min(stop, len(self._items))):
            if self._items[i] == x:
                return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError("deque.remove(x): x not in deque") from None

    def reverse(self):
        self._items.reverse()

    def __len__(self):
        return len(self._buf) - self._head

    def __bool__(self):
        return len(self._buf) > self._head

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def _index(self, i):
        """Where item i is in _buf."""
        n = len(self)
        try:
            i = _index(i)
        except TypeError:
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__) from None
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._buf[self._index(i)]

    def __setitem__(self, i, x):
        self._buf[self._index(i)] = x

    def __delitem__(self, i):
        del self._buf[self._index(i)]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def _ordered(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items, other._items)

    def __lt__(self, other):
        return self._ordered(other, _lt)

    def __le__(self, other):
        return self._ordered(other, _le)

    def __gt__(self, other):
        return self._ordered(other, _gt)

    def __ge__(self, other):
        return self._ordered(other, _ge)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __imul__(self, n):
        # list repetition raises list's own TypeError for a non-integer n
        self._items *= n
        self._trim_left()
        return self

    def __mul__(self, n):
        return self.copy().__imul__(n)

    __rmul__ = __mul__

    def __copy__(self):
        return self.copy()

    __hash__ = None

    @_recursive_repr('[...]')
    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self._maxlen)


# ---- namedtuple

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A class of tuples whose items are also attributes by name."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(f) for f in field_names]
    seen = []
    for i, name in enumerate(field_names):
        bad = (not name.isidentifier() or name.startswith('_') or name in seen
               or name in _KEYWORDS)
        if bad and rename:
            field_names[i] = name = '_%d' % i
        elif bad:
            if name.startswith('_'):
                raise ValueError('Field names cannot start with an underscore: %r' % name)
            if name in seen:
                raise ValueError('Encountered duplicate field name: %r' % name)
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        seen.append(name)
    if not typename.isidentifier() or typename in _KEYWORDS:
        raise ValueError('Type names and field names must be valid identifiers: %r' % typename)
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > len(fields):
        raise TypeError('Got more default values than field names')
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            least = len(fields) + 1 - len(defaults)
            takes = ('%d' % least if not defaults
                     else 'from %d to %d' % (least, len(fields) + 1))
            raise TypeError("%s.__new__() takes %s positional arguments but %d were given"
                            % (typename, takes, len(args) + 1))
        for name in fields[:len(args)]:
            if name in kwargs:
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (typename, name))
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):]
                           if n not in kwargs and n not in field_defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (typename, len(missing), '' if len(missing) == 1 else 's',
                                   _quoted(missing)))
        if kwargs:
            name = list(kwargs)[0]
            raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, name))
        return tuple.__new__(cls, values)

    namespace = {
        '__new__': __new__,
        '__slots__': (),
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
        '__module__': module if module is not None else _caller_module(),
    }
    for name, value in _NamedTupleBase.__dict__.items():
        if name not in ('__dict__', '__doc__', '__module__', '__qualname__', '__slots__',
                        '__weakref__'):
            namespace.setdefault(name, value)
    cls = type(typename, (tuple,), namespace)
    for i, name in enumerate(fields):
        setattr(cls, name, _field_getter(i, name))
    return cls


_KEYWORDS = ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
             'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
             'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
             'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
             'while', 'with', 'yield')


def _quoted(names):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    return ', '.join(q[:-1]) + ' and ' + q[-1]


def _caller_module():
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _field_getter(i, name):
    return property(lambda self: tuple.__getitem__(self, i), doc='Alias for field number %d' % i)


class _NamedTupleBase(tuple):
    """What every namedtuple class has beyond its tuple, copied into each
    (a namedtuple's bases are (tuple,), as CPython's)."""

    __slots__ = ()

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d' % (len(cls._fields), len(values)))
        return tuple.__new__(cls, values)

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)))


# ---- the mappings: dict subclasses

class defaultdict(dict):
    """A dict whose missing keys get default_factory() (when it is set)."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self[key] = self.default_factory()
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, dict.__repr__(self))


class OrderedDict(dict):
    """A dict that also moves keys to either end and pops from either end;
    equality with another OrderedDict is order-sensitive."""

    # Both ends are amortised O(1): the dict drops deleted entries at its ends
    # from its scans, and _odict moves a key into the free place before the first.
    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, self.pop(key)

    def move_to_end(self, key, last=True):
        if last:
            dict.__setitem__(self, key, dict.pop(self, key))
        else:
            _odict.move_to_front(self, key)

    def __reversed__(self):
        return reversed(list(self))

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s(%r)" % (type(self).__name__, list(self.items()))


class Counter(dict):
    """Counts of hashable items; a missing item counts 0."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        """(item, count) pairs, most common first (ties in first-seen order)."""
        ranked = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return ranked if n is None else ranked[:n]

    def elements(self):
        for item, count in self.items():
            for _ in range(count):
                yield item

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for item, count in iterable.items():
                    self[item] = self.get(item, 0) + count
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for item, count in iterable.items():
                    self[item] = self.get(item, 0) - count
            else:
                for item in iterable:
                    self[item] = self.get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def _keep(self, pairs):
        result = Counter()
        for item, count in pairs:
            if count > 0:
                result[item] = count
        return result

    def _keys(self, other):
        return list(self) + [k for k in other if k not in self]

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep((k, self[k] + other[k]) for k in self._keys(other))

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep((k, self[k] - other[k]) for k in self._keys(other))

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep((k, max(self[k], other[k])) for k in self._keys(other))

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep((k, min(self[k], other[k])) for k in self)

    def __pos__(self):
        return self._keep(self.items())

    def __neg__(self):
        return self._keep((k, -v) for k, v in self.items())

    def __repr__(self):
        if not self:
            return "%s()" % type(self).__name__
        return "%s({%s})" % (type(self).__name__,
                             ", ".join("%r: %r" % kv for kv in self.most_common()))


# ---- ChainMap, UserDict, UserList: mappings and lists made of others

from collections.abc import (MutableMapping as _MutableMapping, MutableSequence as _MutableSequence,
                             Sequence as _Sequence)

# a deque is a sequence to isinstance and to a match statement's patterns
_MutableSequence.register(deque)


class ChainMap(_MutableMapping):
    """Several mappings seen as one: a lookup tries each in turn; writes and
    deletions go to the first."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def _keys(self):
        # the last mapping's keys first, as python3 orders them
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return keys

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None):
        return type(self)({} if m is None else m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key)) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key)) from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _MutableMapping.__mro__[1]):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _MutableMapping.__mro__[1]):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return type(self)(m)


class UserDict(_MutableMapping):
    """A dict kept in .data, for subclasses that override its methods."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), '__missing__'):
            return self.__missing__(key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | (other.data if isinstance(other, UserDict) else other))
        return NotImplemented

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def copy(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.data = self.data.copy()
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_MutableSequence):
    """A list kept in .data, for subclasses that override its methods."""

    # X[int] in annotations (PEP 585), as python3's.
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data = list(initlist.data if isinstance(initlist, UserList) else initlist)

    def __repr__(self):
        return repr(self.data)

    def _plain(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._plain(other)

    def __le__(self, other):
        return self.data <= self._plain(other)

    def __eq__(self, other):
        return self.data == self._plain(other)

    def __gt__(self, other):
        return self.data > self._plain(other)

    def __ge__(self, other):
        return self.data >= self._plain(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        return type(self)(list(self._plain(other)) + self.data)

    def __iadd__(self, other):
        self.data += self._plain(other) if isinstance(other, (list, UserList)) else list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        self.data.extend(self._plain(other))


class UserString(_Sequence):
    """A str kept in .data, for subclasses that override its methods.
    Methods that make a new string wrap it in the instance's class; those
    that give parts, numbers or bytes give them plain, as str's do."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _plain_str(string)

    def __lt__(self, string):
        return self.data < _plain_str(string)

    def __le__(self, string):
        return self.data <= _plain_str(string)

    def __gt__(self, string):
        return self.data > _plain_str(string)

    def __ge__(self, string):
        return self.data >= _plain_str(string)

    def __contains__(self, char):
        return _plain_str(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_plain_str(sub), start, end)

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_plain_str(sub), start, end)

    def format(self, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(_plain_str(sub), start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_plain_str(old), _plain_str(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_plain_str(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(_plain_str(sub), start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))


def _plain_str(s):
    return s.data if isinstance(s, UserString) else s
