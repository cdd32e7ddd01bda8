"""operator for gilvm: Python's operators as functions, as CPython's.

Each function applies the operator itself, so it dispatches to the same
special methods (and raises the same errors) as the expression would.
itemgetter, attrgetter (dotted names walk attribute chains) and
methodcaller build callables that fetch or call by name."""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'index', 'indexOf',
           'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_not', 'isub',
           'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift', 'lt',
           'imatmul', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_',
           'pos', 'pow',
           'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b


def index(a):
    """a as an int through __index__ (TypeError if a has none)."""
    if isinstance(a, int):
        return a if type(a) is int else int.__index__(a)
    method = getattr(type(a), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    return method(a)


def _need_sequence(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    _need_sequence(a, b)
    return a + b


def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]


def countOf(a, b):
    """How many items of a are b or equal to b."""
    return sum(1 for item in a if item is b or item == b)


def indexOf(a, b):
    """The index of the first item of a that is b or equals b."""
    for i, item in enumerate(a):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    """len(obj), else obj.__length_hint__(), else default."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        val = hint(obj)
    except TypeError:   # "no length" (an endless repeat), as CPython reads it
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val


def matmul(a, b): return a @ b


def imatmul(a, b):
    a @= b
    return a


def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


def iconcat(a, b):
    _need_sequence(a, b)
    a += b
    return a


class itemgetter:
    """itemgetter(k)(obj) is obj[k]; with several keys, the tuple of them."""
    __slots__ = ('_items',)

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))


def _resolve(obj, dotted):
    for name in dotted.split('.'):
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter('a.b')(obj) is obj.a.b; with several names, the tuple of them."""
    __slots__ = ('_attrs',)

    def __init__(self, attr, *attrs):
        for a in (attr,) + attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = (attr,) + attrs

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return _resolve(obj, self._attrs[0])
        return tuple(_resolve(obj, a) for a in self._attrs)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))


class methodcaller:
    """methodcaller('m', *args, **kw)(obj) is obj.m(*args, **kw)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, the method name')
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)] + [repr(a) for a in self._args]
        parts += ['%s=%r' % kv for kv in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(parts)


for _name in ('lt', 'le', 'eq', 'ne', 'ge', 'gt', 'not', 'abs', 'add', 'and', 'floordiv',
              'index', 'inv', 'invert', 'lshift', 'mod', 'mul', 'neg', 'or', 'pos', 'pow',
              'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains', 'getitem', 'setitem',
              'delitem', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul',
              'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor'):
    globals()['__%s__' % _name] = globals()[_name + '_' if _name in ('not', 'and', 'or') else _name]
del _name


def call(obj, /, *args, **kwargs):
    """obj(*args, **kwargs), as python3.11's operator.call."""
    return obj(*args, **kwargs)
