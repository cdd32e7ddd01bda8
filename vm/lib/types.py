"""Names for the built-in types the interpreter has no builtin name for,
and dynamic class creation (new_class, prepare_class, resolve_bases), as
CPython's types module; written for gilvm."""
import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
SimpleNamespace = type(sys.implementation)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()   # never awaited on purpose: closing it keeps that quiet
del _coro


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ModuleType = type(sys)
GetSetDescriptorType = type(FunctionType.__code__)


def _cell():
    x = None
    return (lambda: x).__closure__[0]


class _Slotted:
    __slots__ = ('slot',)


CellType = type(_cell())
MemberDescriptorType = type(_Slotted.slot)
del _cell, _Slotted

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)


def _arg_repr(a):
    if a is Ellipsis:
        return '...'
    if isinstance(a, type) and not isinstance(a, GenericAlias):
        name = a.__qualname__
        return name if a.__module__ == 'builtins' else '%s.%s' % (a.__module__, name)
    return repr(a)


class GenericAlias:
    """list[int] and its kin (PEP 585): the class with its arguments, as
    annotations write it; calling it makes an instance of the class."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        args = ', '.join(_arg_repr(a) for a in self.__args__) if self.__args__ else '()'
        return '%s[%s]' % (_arg_repr(self.__origin__), args)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)


def _union_or(a, b):
    """a | b for classes, None and aliases (PEP 604), as type.__or__ (in C)
    and GenericAlias give it: their union, the one argument when both are
    the same, NotImplemented for anything else."""
    args = []
    for x in (a, b):
        if not (x is None or isinstance(x, (type, GenericAlias, UnionType))):
            return NotImplemented
        for arg in x.__args__ if isinstance(x, UnionType) else (x,):
            arg = type(None) if arg is None else arg
            if arg not in args:
                args.append(arg)
    return args[0] if len(args) == 1 else UnionType(tuple(args))


class UnionType:
    """int | str: isinstance and issubclass take it as the tuple of its
    arguments; it equals the same arguments in any order, and typing.Union's."""

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _arg_repr(a) for a in self.__args__)

    def __or__(self, other):
        return _union_or(self, other)

    def __ror__(self, other):
        return _union_or(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            import typing
            if getattr(other, '__origin__', None) is not typing.Union:
                return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def resolve_bases(bases):
    """The bases with each non-class's __mro_entries__(bases) spliced in (PEP 560)."""
    out = []
    changed = False
    for base in bases:
        entries = None if isinstance(base, type) else getattr(base, "__mro_entries__", None)
        if entries is None:
            out.append(base)
            continue
        got = entries(bases)
        if not isinstance(got, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        out.extend(got)
        changed = True
    return tuple(out) if changed else bases


def _calculate_meta(meta, bases):
    # The most derived of meta and the bases' metaclasses.
    for base in bases:
        other = type(base)
        if issubclass(other, meta) and other is not meta:
            meta = other
        elif not issubclass(meta, other):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                            "a (non-strict) subclass of the metaclasses of all its bases")
    return meta


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) as a class statement finds them."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement makes it; exec_body(ns) fills the namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100


def coroutine(func):
    """Make a generator function usable with await (its generators become
    awaitable, and may `yield from` a coroutine), as asyncio's old-style
    coroutines were; any other callable gets its result wrapped so that an
    awaitable it returns is awaited."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if isinstance(func, FunctionType) and code.co_flags & _CO_GENERATOR:
        func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
        return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (CoroutineType, GeneratorType)) or not hasattr(result, '__next__'):
            return result
        return _AwaitableIterator(result)
    wrapped.__name__ = getattr(func, '__name__', 'wrapped')
    wrapped.__qualname__ = getattr(func, '__qualname__', wrapped.__name__)
    return wrapped


class _AwaitableIterator:
    """An iterator another library returned, made awaitable as it is."""

    def __init__(self, it):
        self._it = it

    def __await__(self):
        return self._it

    def __iter__(self):
        return self._it

    def __next__(self):
        return next(self._it)

    def send(self, value):
        return self._it.send(value)

    def throw(self, *args):
        return self._it.throw(*args)

    def close(self):
        return self._it.close()
