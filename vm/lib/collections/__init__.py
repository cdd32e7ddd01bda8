"""collections for gilvm: deque, namedtuple, defaultdict, OrderedDict, Counter.

gilvm's built-in dict and tuple cannot be subclassed yet, so the mapping
types here wrap a dict (in `_data`) and namedtuple classes wrap a tuple:
they behave as CPython's do, but isinstance(x, dict) / isinstance(x, tuple)
is False for them."""

import sys as _sys

__all__ = ['deque', 'namedtuple', 'defaultdict', 'OrderedDict', 'Counter']


# ---- deque

class deque:
    """A double-ended queue, bounded by maxlen if given (the far end drops
    what overflows).  Kept as a list with a moving head."""

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
    def maxlen(self):
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

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
        """Move the last n items to the front (n < 0: the first -n to the end)."""
        k = len(self._items)
        if k:
            n %= k
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

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
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def _index(self, i):
        n = len(self._items)
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        return deque(self._items + other._items, self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    __hash__ = None

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

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (typename, len(fields) + 1, len(args) + 1))
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
        self.__dict__['_tuple'] = tuple(values)

    namespace = {
        '__init__': __init__,
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__module__': module if module is not None else _caller_module(),
    }
    cls = type(typename, (_NamedTupleBase,), namespace)
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
    return property(lambda self: self._tuple[i])


class _NamedTupleBase:
    """What every namedtuple class shares: a tuple's behaviour over _tuple."""

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **kwargs):
        values = [kwargs.pop(name, value) for name, value in zip(self._fields, self._tuple)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._tuple))

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self._tuple)))

    def __iter__(self):
        return iter(self._tuple)

    def __len__(self):
        return len(self._tuple)

    def __getitem__(self, i):
        return self._tuple[i]

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def _other(self, other):
        if isinstance(other, _NamedTupleBase):
            return other._tuple
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple == o

    def __ne__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple != o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple >= o

    def __add__(self, other):
        o = self._other(other)
        return NotImplemented if o is None else self._tuple + o

    def count(self, x):
        return self._tuple.count(x)

    def index(self, x):
        return self._tuple.index(x)


# ---- the mappings, over a dict

class _DictWrapper:
    """A dict's methods over self._data."""

    def __init__(self, *args, **kwargs):
        self.__dict__['_data'] = {}
        self.update(*args, **kwargs)

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d" % len(args))
        if args:
            other = args[0]
            if isinstance(other, (dict, _DictWrapper)):
                for k in other.keys():
                    self[k] = other[k]
            elif hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self._data:
            self[key] = default
        return self._data[key]

    _marker = object()

    def pop(self, key, default=_marker):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _DictWrapper._marker:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = list(self._data)[-1]
        return key, self.pop(key)

    def clear(self):
        self._data.clear()

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None


class defaultdict(_DictWrapper):
    """A dict whose missing keys get default_factory() (when it is set)."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.__dict__['default_factory'] = default_factory
        _DictWrapper.__init__(self, *args, **kwargs)

    def __setattr__(self, name, value):
        self.__dict__[name] = value

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self._data)

    def __repr__(self):
        return "defaultdict(%r, %r)" % (self.default_factory, self._data)


class OrderedDict(_DictWrapper):
    """A dict that also moves keys to either end and pops from either end."""

    def popitem(self, last=True):
        if not self._data:
            raise KeyError('dictionary is empty')
        keys = list(self._data)
        key = keys[-1] if last else keys[0]
        return key, self.pop(key)

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self.__dict__['_data'] = {key: value}
            self._data.update(rest)

    def __reversed__(self):
        return reversed(list(self._data))

    def copy(self):
        return OrderedDict(self._data)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._data.items()) == list(other._data.items())
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self._data.items()),)


class Counter(_DictWrapper):
    """Counts of hashable items; a missing item counts 0."""

    def __init__(self, iterable=None, **kwds):
        _DictWrapper.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._data.values())

    def most_common(self, n=None):
        """(item, count) pairs, most common first (ties in first-seen order)."""
        ranked = sorted(self._data.items(), key=lambda kv: kv[1], reverse=True)
        return ranked if n is None else ranked[:n]

    def elements(self):
        for item, count in self._data.items():
            for _ in range(count):
                yield item

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for item, count in iterable.items():
                    self._data[item] = self._data.get(item, 0) + count
            else:
                for item in iterable:
                    self._data[item] = self._data.get(item, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for item, count in iterable.items():
                    self._data[item] = self._data.get(item, 0) - count
            else:
                for item in iterable:
                    self._data[item] = self._data.get(item, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __delitem__(self, key):
        if key in self._data:
            del self._data[key]

    def _keep(self, pairs):
        result = Counter()
        for item, count in pairs:
            if count > 0:
                result._data[item] = count
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self._data) + [k for k in other._data if k not in self._data]
        return self._keep((k, self[k] + other[k]) for k in keys)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self._data) + [k for k in other._data if k not in self._data]
        return self._keep((k, self[k] - other[k]) for k in keys)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        keys = list(self._data) + [k for k in other._data if k not in self._data]
        return self._keep((k, max(self[k], other[k])) for k in keys)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._keep((k, min(self[k], other[k])) for k in self._data)

    def __repr__(self):
        if not self._data:
            return "Counter()"
        return "Counter({%s})" % ", ".join("%r: %r" % kv for kv in self.most_common())
