"""functools for gilvm: higher-order functions, as CPython's.

partial, partialmethod, reduce, wraps/update_wrapper, lru_cache/cache (a
dict and a recency list: hits move to the end, the oldest is evicted),
cached_property, recursive_repr, total_ordering, cmp_to_key, and
singledispatch/singledispatchmethod (dispatch on the first argument's class
along its MRO, with ABCs it implements slotted in)."""

from threading import RLock, get_ident
from types import GenericAlias as _GenericAlias

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'lru_cache', 'cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property', 'recursive_repr']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes it has,
    merge the updated dicts, and set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    """function(...function(function(s0, s1), s2)..., sn), from initial if given."""
    it = iter(sequence)
    if initial is _initial_missing:
        for value in it:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """func with some arguments given now, the rest at the call."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "functools.partial(%s)" % ", ".join(parts)


# ---- total_ordering: the three comparisons a class lacks, from the one it has

# How a derived comparison follows from the root's result r (NotImplemented
# passes through), as CPython's total_ordering derives them.
def _not_r_and_ne(r, a, b):
    return not r and a != b


def _r_or_eq(r, a, b):
    return r or a == b


def _not_r(r, a, b):
    return not r


def _not_r_or_eq(r, a, b):
    return not r or a == b


def _r_and_ne(r, a, b):
    return r and a != b


_ROOTS = (('__lt__', (('__gt__', _not_r_and_ne), ('__le__', _r_or_eq), ('__ge__', _not_r))),
          ('__le__', (('__ge__', _not_r_or_eq), ('__lt__', _r_and_ne), ('__gt__', _not_r))),
          ('__gt__', (('__lt__', _not_r_and_ne), ('__ge__', _r_or_eq), ('__le__', _not_r))),
          ('__ge__', (('__le__', _not_r_or_eq), ('__gt__', _r_and_ne), ('__lt__', _not_r))))


def _derived(root, rule, name):
    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return rule(r, self, other)
    compare.__name__ = name
    return compare


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def total_ordering(cls):
    """Class decorator: given __eq__ and one of <, <=, > or >=, the others."""
    for root, derived in _ROOTS:
        if _defines(cls, root):
            break
    else:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, rule in derived:
        if not _defines(cls, name):
            setattr(cls, name, _derived(root, rule, name))
    return cls


def cmp_to_key(mycmp):
    """A key function (for sorted, min, ...) from an old-style cmp function."""
    class K:
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---- lru_cache

class _CacheInfoRecord:
    """CPython's CacheInfo named tuple: the four counts by name and position."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __getitem__(self, i):
        return (self.hits, self.misses, self.maxsize, self.currsize)[i]

    def __len__(self):
        return 4

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "CacheInfo(hits=%d, misses=%d, maxsize=%s, currsize=%d)" % (
            self.hits, self.misses, self.maxsize, self.currsize)


_kwd_mark = object()


def _make_key(args, kwds, typed):
    # python3 keys a lone int or str argument by itself, not by a 1-tuple,
    # so an untyped cache still tells f(1) from f(1.0)
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoize the most recent `maxsize` calls (all, when None); arguments
    must be hashable.  Usable bare (@lru_cache) or called (@lru_cache(32))."""
    if callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    if maxsize is not None and maxsize < 0:
        maxsize = 0

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    order = []            # keys, least recently used first (maxsize set)
    stats = [0, 0]        # hits, misses
    lock = RLock()

    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        with lock:
            if key in cache:
                stats[0] += 1
                if maxsize is not None:
                    order.remove(key)
                    order.append(key)
                return cache[key]
            stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize == 0:
            return result
        with lock:
            if key not in cache:
                cache[key] = result
                if maxsize is not None:
                    order.append(key)
                    if len(order) > maxsize:
                        del cache[order.pop(0)]
        return result

    def cache_info():
        with lock:
            return _CacheInfoRecord(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        with lock:
            cache.clear()
            del order[:]
            stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    """An unbounded lru_cache."""
    return lru_cache(maxsize=None)(user_function)


# ---- binding descriptors

def _is_descriptor(obj):
    return hasattr(obj, '__get__')


def _bind(descr, obj, cls):
    """descr.__get__(obj, cls) when descr is a descriptor, else descr."""
    get = getattr(type(descr), '__get__', None)
    return descr if get is None else get(descr, obj, cls)


# ---- partialmethod

class partialmethod:
    """partial for methods: the instance (or class) the descriptor is
    fetched through goes first, before the arguments given now."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        parts = [repr(x) for x in self.args]
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return '%s.%s(%r, %s)' % (type(self).__module__, type(self).__qualname__,
                                  self.func, ', '.join(parts))

    def _unbound(self):
        def _method(*args, **keywords):
            if not args:
                raise TypeError('partialmethod requires an instance or class argument')
            keywords = dict(self.keywords, **keywords)
            return self.func(args[0], *self.args, *args[1:], **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        if _is_descriptor(self.func):
            bound = _bind(self.func, obj, cls)
            # a plain function fetched through a class is itself: no binding happened
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return _bind(self._unbound(), obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ---- cached_property

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then kept in the instance's
    __dict__ under the same name (which, the descriptor having no __set__,
    then shadows it)."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = RLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            '(%r and %r).' % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, self.attrname)) from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        with self.lock:
            # another thread may have computed it while this one waited
            value = cache.get(self.attrname, _NOT_FOUND)
            if value is _NOT_FOUND:
                value = self.func(instance)
                try:
                    cache[self.attrname] = value
                except TypeError:
                    raise TypeError("The '__dict__' attribute on %r instance does not support "
                                    "item assignment for caching %r property."
                                    % (type(instance).__name__, self.attrname)) from None
        return value


# ---- recursive_repr

def recursive_repr(fillvalue='...'):
    """Decorator for __repr__: a call reached again for the same object in
    the same thread (a container holding itself) returns fillvalue."""
    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return user_function(self)
            finally:
                running.discard(key)
        return update_wrapper(wrapper, user_function, updated=())
    return decorating_function


# ---- singledispatch

def _implementers(cls, types):
    """The types (ABCs, typically registered virtually) cls is a subclass of
    without their being on cls.__mro__, each placed in the MRO right after
    the last class of it that is itself their subclass."""
    mro = cls.__mro__
    slots = {}
    for t in types:
        if t in mro or not isinstance(t, type) or not issubclass(cls, t):
            continue
        last = max(i for i, base in enumerate(mro) if issubclass(base, t))
        slots.setdefault(last, []).append(t)
    return slots


def _ordered(group):
    """A slot's ABCs, each before those it subclasses."""
    out = []
    for t in group:
        at = len(out)
        for i, u in enumerate(out):
            if issubclass(t, u):
                at = i
                break
        out.insert(at, t)
    return out


def _find_impl(cls, registry):
    slots = _implementers(cls, registry)
    for i, base in enumerate(cls.__mro__):
        if base in registry:
            return registry[base]
        group = _ordered(slots.get(i, ()))
        if group:
            first = group[0]
            for other in group[1:]:
                if not issubclass(first, other):
                    raise RuntimeError('Ambiguous dispatch: %s or %s' % (first, other))
            return registry[first]
    return None


class _RegistryView:
    """A read-only view of a dispatch registry (CPython gives a mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


def _annotated_class(func):
    from typing import get_type_hints
    hints = get_type_hints(func)
    if not hints:
        raise TypeError('Invalid first argument to `register()`: %r. Use either '
                        '`@register(some_class)` or plain `@register` on an annotated '
                        'function.' % (func,))
    argname, cls = next(iter(hints.items()))
    if not isinstance(cls, type):
        raise TypeError('Invalid annotation for %r. %r is not a class.' % (argname, cls))
    return cls


def singledispatch(func):
    """Make func a generic function dispatching on its first argument's
    class; implementations for other classes are added with .register."""
    import abc
    registry = {object: func}
    cache = {}
    cache_token = [None]

    def dispatch(cls):
        """The implementation registered for cls, or for the nearest of its bases."""
        token = abc.get_cache_token()
        if cache_token[0] != token:
            # an ABC registration may have changed what cls implements
            cache.clear()
            cache_token[0] = token
        try:
            return cache[cls]
        except KeyError:
            impl = registry.get(cls)
            if impl is None:
                impl = _find_impl(cls, registry)
            cache[cls] = impl
            return impl

    def register(cls, func=None):
        """Register func for cls: register(cls, func), @register(cls), or
        @register on a function whose first parameter's annotation is a class."""
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            func = cls
            cls = _annotated_class(func)
        registry[cls] = func
        cache.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _RegistryView(registry)
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatch on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _bind(method, obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
