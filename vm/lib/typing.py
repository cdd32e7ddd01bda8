"""Type hints (PEP 484) at run time: the names a program imports to annotate
itself, subscriptable and introspectable as in CPython (__origin__,
__args__, __parameters__), generic classes through PEP 560's
__class_getitem__ and __mro_entries__, NamedTuple and TypedDict classes.
Nothing here checks types: an annotation is data."""

import collections
import collections.abc
import functools
import types as _types

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Final', 'ForwardRef', 'Generic', 'Literal',
    'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'AsyncGenerator', 'Coroutine',
    'Collection', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsIndex', 'SupportsInt',
    'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict',
    'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
    'Generator', 'AnyStr', 'cast', 'final', 'get_args', 'get_origin',
    'get_type_hints', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'overload', 'runtime_checkable', 'Text', 'TYPE_CHECKING',
    'IO', 'TextIO', 'BinaryIO', 'Pattern', 'Match',
    'Concatenate', 'LiteralString', 'Never', 'NotRequired', 'ParamSpec', 'ParamSpecArgs',
    'ParamSpecKwargs', 'Required', 'Self', 'TypeAlias', 'TypeGuard', 'TypeVarTuple', 'Unpack',
    'assert_never', 'assert_type', 'clear_overloads', 'dataclass_transform', 'get_overloads',
    'is_typeddict', 'reveal_type',
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How an argument shows inside an alias's repr: a class by its
    qualified name (builtins without the module), ... and None by name."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, _FUNCTION_TYPES):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    """An annotation argument as typing stores it: None becomes NoneType, a
    string a ForwardRef; anything not usable as a type is refused."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final'):
        raise TypeError("Plain %s is not valid as type argument" % arg)
    if isinstance(arg, _TYPE_VARS + (ForwardRef, _SpecialForm, ParamSpecArgs, ParamSpecKwargs,
                                      _types.UnionType)) or callable(arg):
        return arg
    raise TypeError("%s Got %.100r." % (msg, arg))


def _collect_parameters(args):
    """The type variables in args, in first-seen order."""
    params = []
    for a in args:
        if isinstance(a, _TYPE_VARS):
            found = [a]
        else:
            found = getattr(a, '__parameters__', ()) if isinstance(a, _Alias) else ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _as_tuple(params):
    return params if isinstance(params, tuple) else (params,)


class _Final:
    """Typing's own objects: not subclassable by accident."""

    def __init_subclass__(cls, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _Unionable:
    """X | Y for typing's forms and type variables (3.10 on): Union[X, Y]."""

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm(_Final, _Unionable, _root=True):
    """A bare name of the typing language (Any, Union, ClassVar...): it has
    a meaning only as written, or subscripted where it takes arguments."""
    def __init__(self, name, getitem, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError("%s is not subscriptable" % self)
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


def _one_argument(self, parameters):
    item = _type_check(parameters, '%s accepts only single type.' % self._name)
    return _Alias(self, (item,))


def _union(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    parameters = tuple(_type_check(p, "Union[arg, ...]: each arg must be a type.")
                       for p in _as_tuple(parameters))
    flat = []
    for p in parameters:          # Union[Union[a, b], c] is Union[a, b, c]
        union = isinstance(p, _types.UnionType) or isinstance(p, _Alias) and p.__origin__ is Union
        members = p.__args__ if union else (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _Alias(Union, tuple(flat))


def _optional(self, parameters):
    arg = _type_check(parameters, "Optional[t] requires a single type.")
    return Union[arg, type(None)]


def _literal(self, parameters):
    return _Alias(self, _as_tuple(parameters))


class _AnyMeta(type):
    """Any's class (3.11): Any is a class, so `Any | int` is a types.UnionType
    and a class may derive from it (a mock that stands for every type)."""

    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        return 'typing.Any' if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


NoReturn = _SpecialForm('NoReturn', None, "A function that never returns.")
ClassVar = _SpecialForm('ClassVar', _one_argument, "A class variable.")
Final = _SpecialForm('Final', _one_argument, "A name that is not reassigned.")
Union = _SpecialForm('Union', _union, "Union[X, Y]: either X or Y.")
Optional = _SpecialForm('Optional', _optional, "Optional[X] is Union[X, None].")
Literal = _SpecialForm('Literal', _literal, "One of the values given.")
# 3.10 and 3.11's additions.
Self = _SpecialForm('Self', None, "The type of the enclosing class's instances.")
Never = _SpecialForm('Never', None, "The type with no values.")
LiteralString = _SpecialForm('LiteralString', None, "A str made of literals only.")
TypeAlias = _SpecialForm('TypeAlias', None, "Marks an assignment as a type alias.")
TypeGuard = _SpecialForm('TypeGuard', _one_argument, "A bool result that narrows its argument.")
Required = _SpecialForm('Required', _one_argument, "A TypedDict key that must be present.")
NotRequired = _SpecialForm('NotRequired', _one_argument, "A TypedDict key that may be missing.")
Unpack = _SpecialForm('Unpack', _one_argument, "Unpack[Ts] is *Ts.")


class ForwardRef(_Final, _root=True):
    """An annotation written as a string, evaluated by get_type_hints."""
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_code__ = code

    def _evaluate(self, globalns, localns):
        return _type_check(eval(self.__forward_code__, globalns, localns),
                           "Forward references must evaluate to types.")

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class TypeVar(_Final, _Unionable, _root=True):
    """A type variable: T = TypeVar('T'), constrained (TypeVar('S', int,
    str)) or bounded (bound=...), invariant unless declared co-/contravariant."""
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(t, "TypeVar(name, constraint, ...): "
                                                 "constraints must be types.") for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = 'typing'

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


class ParamSpec(_Final, _Unionable, _root=True):
    """A callable's whole parameter list as one variable: P = ParamSpec('P'),
    used as Callable[P, R] and in *args: P.args, **kwargs: P.kwargs."""
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = 'typing'

    __repr__ = TypeVar.__repr__
    __reduce__ = TypeVar.__reduce__

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class _ParamSpecPart(_Final, _root=True):
    _suffix = ''

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._suffix)

    def __eq__(self, other):
        return type(other) is type(self) and other.__origin__ == self.__origin__

    def __hash__(self):
        return hash((self._suffix, self.__origin__))


class ParamSpecArgs(_ParamSpecPart, _root=True):
    """P.args: the annotation of *args."""
    _suffix = 'args'


class ParamSpecKwargs(_ParamSpecPart, _root=True):
    """P.kwargs: the annotation of **kwargs."""
    _suffix = 'kwargs'


class TypeVarTuple(_Final, _root=True):
    """A variable standing for any number of types, written *Ts (Unpack[Ts])."""
    def __init__(self, name):
        self.__name__ = name
        self.__module__ = 'typing'

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]

    __reduce__ = TypeVar.__reduce__


_TYPE_VARS = (TypeVar, ParamSpec, TypeVarTuple)


def _concatenate(self, parameters):
    parameters = _as_tuple(parameters)
    if not parameters:
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters[-1], ParamSpec) and parameters[-1] is not ...:
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable "
                        "or ellipsis.")
    head = tuple(_type_check(p, "Concatenate[arg, ...]: each arg must be a type.")
                 for p in parameters[:-1])
    return _Alias(self, head + parameters[-1:])


Concatenate = _SpecialForm('Concatenate', _concatenate,
                           "Concatenate[X, P]: P's parameters after an X.")


class _Alias(_Final, _Unionable, _root=True):
    """A subscripted (or bare generic) form: List[int], Union[int, str],
    Box[T].  Calls make the origin class; class checks are refused once
    subscripted, as a check cannot see an element type."""

    def __init__(self, origin, params, *, name=None, bare=False):
        self.__origin__ = origin
        self.__args__ = _as_tuple(params)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._bare = bare          # List, Dict... before any subscript

    # -- what an alias looks like ------------------------------------------

    def __repr__(self):
        if self._bare:
            return 'typing.' + self._name
        if self.__origin__ is Unpack:
            return '*' + _type_repr(self.__args__[0])
        if self._name:
            head = 'typing.' + self._name
        elif isinstance(self.__origin__, _SpecialForm):
            head = repr(self.__origin__)
        else:
            head = _type_repr(self.__origin__)
        if self._name == 'Callable' and len(self.__args__) == 2 and \
                isinstance(self.__args__[0], list):
            params = '[%s]' % ', '.join(_type_repr(a) for a in self.__args__[0])
            return '%s[%s, %s]' % (head, params, _type_repr(self.__args__[1]))
        if self._name == 'Callable' and self.__args__ and self.__args__[0] is ...:
            return '%s[..., %s]' % (head, _type_repr(self.__args__[1]))
        if self.__args__ == ((),):
            return head + '[()]'
        if self.__origin__ is Union and len(self.__args__) == 2 and type(None) in self.__args__:
            other = [a for a in self.__args__ if a is not type(None)][0]
            return 'typing.Optional[%s]' % _type_repr(other)
        return '%s[%s]' % (head, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return (self.__origin__, self.__args__, self._bare) == \
            (other.__origin__, other.__args__, other._bare)

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, attr):
        # An alias answers for its class (List[int].__name__ is not one, but
        # Box[int].method is Box.method); dunders are its own.
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    # -- subscripts --------------------------------------------------------

    def __getitem__(self, params):
        if self._bare:
            return self._subscript_bare(params)
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % self)
        params = _as_tuple(params)
        if len(params) != len(self.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > len(self.__parameters__) else "few",
                self, len(params), len(self.__parameters__)))
        if any(isinstance(p, TypeVarTuple) for p in self.__parameters__):
            raise NotImplementedError("typing: substituting a TypeVarTuple is not supported")
        subst = dict(zip(self.__parameters__, (_type_check(p, "Parameters must be types.")
                                               for p in params)))
        args = tuple(self._substitute(a, subst) for a in self.__args__)
        if self.__origin__ is Union:
            return Union[args]
        return _Alias(self.__origin__, args, name=self._name)

    @staticmethod
    def _substitute(arg, subst):
        if isinstance(arg, _TYPE_VARS):
            return subst.get(arg, arg)
        if isinstance(arg, _Alias) and arg.__parameters__:
            return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
        if isinstance(arg, list):
            return [_Alias._substitute(a, subst) for a in arg]
        return arg

    def _subscript_bare(self, params):
        name, nparams = self._name, self._nparams
        if name == 'Tuple':
            if params == ():
                return _Alias(tuple, ((),), name=name)
            params = _as_tuple(params)
            if len(params) == 2 and params[1] is ...:
                return _Alias(tuple, (_type_check(params[0], "Tuple[t, ...]: t must be a type."),
                                      ...), name=name)
            return _Alias(tuple, tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                       for p in params), name=name)
        if name == 'Callable':
            return self._subscript_callable(params)
        params = _as_tuple(params)
        if len(params) != nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > nparams else "few", self, len(params), nparams))
        return _Alias(self.__origin__, tuple(_type_check(p, "Parameters to generic types must "
                                                         "be types.") for p in params), name=name)

    def _subscript_callable(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is ...:
            return _Alias(self.__origin__, (..., result), name='Callable')
        if isinstance(args, ParamSpec) or (isinstance(args, _Alias) and
                                           args.__origin__ is Concatenate):
            return _Alias(self.__origin__, (args, result), name='Callable')
        if not isinstance(args, list):
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r." % (args,))
        args = [_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.")
                for a in args]
        alias = _Alias(self.__origin__, (args, result), name='Callable')
        alias.__parameters__ = _collect_parameters(tuple(args) + (result,))
        return alias

    # -- use as a class ----------------------------------------------------

    def __call__(self, *args, **kwargs):
        if self._bare or self._name or isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Type %s cannot be instantiated; use %s() instead" % (
                self._name or repr(self), getattr(self.__origin__, '__name__', self._name).lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self._name:                    # List[int] as a base: list (and Generic)
            entries = [] if self.__origin__ in bases else [self.__origin__]
            rest = bases[bases.index(self) + 1:]
            if not any(isinstance(b, _Alias) or (isinstance(b, type) and issubclass(b, Generic))
                       for b in rest):
                entries.append(Generic)
            return tuple(entries)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            rest = bases[bases.index(self) + 1:]
            if any(isinstance(b, _Alias) and b is not self for b in rest):
                return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._bare and isinstance(self.__origin__, type):
            if isinstance(cls, _Alias):
                return issubclass(cls.__origin__, self.__origin__)
            return issubclass(cls, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __reduce__(self):
        return self._name or repr(self)


def _bare(origin, name, nparams):
    alias = _Alias(origin, (), name=name, bare=True)
    alias._nparams = nparams
    return alias


_abc = collections.abc
Hashable = _bare(_abc.Hashable, 'Hashable', 0)
Awaitable = _bare(_abc.Awaitable, 'Awaitable', 1)
Coroutine = _bare(_abc.Coroutine, 'Coroutine', 3)
AsyncIterable = _bare(_abc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _bare(_abc.AsyncIterator, 'AsyncIterator', 1)
AsyncGenerator = _bare(_abc.AsyncGenerator, 'AsyncGenerator', 2)
Iterable = _bare(_abc.Iterable, 'Iterable', 1)
Iterator = _bare(_abc.Iterator, 'Iterator', 1)
Reversible = _bare(_abc.Reversible, 'Reversible', 1)
Sized = _bare(_abc.Sized, 'Sized', 0)
Container = _bare(_abc.Container, 'Container', 1)
Collection = _bare(_abc.Collection, 'Collection', 1)
Callable = _bare(_abc.Callable, 'Callable', 2)
AbstractSet = _bare(_abc.Set, 'AbstractSet', 1)
MutableSet = _bare(_abc.MutableSet, 'MutableSet', 1)
Mapping = _bare(_abc.Mapping, 'Mapping', 2)
MutableMapping = _bare(_abc.MutableMapping, 'MutableMapping', 2)
Sequence = _bare(_abc.Sequence, 'Sequence', 1)
MutableSequence = _bare(_abc.MutableSequence, 'MutableSequence', 1)
ByteString = _bare(_abc.ByteString, 'ByteString', 0)
MappingView = _bare(_abc.MappingView, 'MappingView', 1)
KeysView = _bare(_abc.KeysView, 'KeysView', 1)
ItemsView = _bare(_abc.ItemsView, 'ItemsView', 2)
ValuesView = _bare(_abc.ValuesView, 'ValuesView', 1)
Generator = _bare(_abc.Generator, 'Generator', 3)
Tuple = _bare(tuple, 'Tuple', -1)
List = _bare(list, 'List', 1)
Deque = _bare(collections.deque, 'Deque', 1)
Set = _bare(set, 'Set', 1)
FrozenSet = _bare(frozenset, 'FrozenSet', 1)
Dict = _bare(dict, 'Dict', 2)
DefaultDict = _bare(collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _bare(collections.OrderedDict, 'OrderedDict', 2)
Counter = _bare(collections.Counter, 'Counter', 1)
ChainMap = _bare(getattr(collections, 'ChainMap', dict), 'ChainMap', 2)
Type = _bare(type, 'Type', 1)
Text = str
AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """The base of a user's generic class: class Box(Generic[T]) makes
    Box[int] an alias whose calls make Boxes."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _as_tuple(params)
        if not params:
            raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
        params = tuple(_type_check(p, "Parameters to generic types must be types.")
                       for p in params)
        if cls in (Generic, Protocol):
            if not all(isinstance(p, _TYPE_VARS) or
                       (isinstance(p, _Alias) and p.__origin__ is Unpack) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables "
                                "or parameter specification variables."
                                % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        elif len(params) != len(cls.__parameters__):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > len(cls.__parameters__) else "few",
                cls, len(params), len(cls.__parameters__)))
        return _Alias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__', ())
        declared = [b for b in orig if isinstance(b, _Alias) and b.__origin__ in (Generic, Protocol)]
        if len(declared) > 1:
            raise TypeError("Cannot inherit from Generic[...] multiple times.")
        found = _collect_parameters(orig)
        if declared:
            missing = [p for p in found if p not in declared[0].__parameters__]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in %s[%s]" % (
                    ', '.join(str(p) for p in missing), declared[0].__origin__.__name__,
                    ', '.join(str(p) for p in declared[0].__parameters__)))
            found = declared[0].__parameters__
        cls.__parameters__ = tuple(found)


Generic.__parameters__ = ()


class _ProtocolMeta(type(_abc.Iterable)):
    """isinstance against a @runtime_checkable protocol looks at the
    object's attributes; against any other protocol it is an error."""

    def __instancecheck__(cls, obj):
        if cls.__dict__.get('_is_protocol'):
            if not cls.__dict__.get('_runtime'):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            return all(hasattr(obj, a) for a in _protocol_attrs(cls))
        return super().__instancecheck__(obj)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for a in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if not a.startswith('_abc_') and a not in _PROTOCOL_SKIP:
                attrs.add(a)
    return attrs


_PROTOCOL_SKIP = {'__abstractmethods__', '__annotations__', '__weakref__', '__dict__',
                  '__doc__', '__init__', '__module__', '__new__', '__slots__', '__qualname__',
                  '__parameters__', '__orig_bases__', '_is_protocol', '_runtime',
                  '__init_subclass__', '__class_getitem__', '__subclasshook__'}


class Protocol(Generic, metaclass=_ProtocolMeta):
    """A structural type: class SupportsClose(Protocol): def close(self): ..."""
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Let isinstance() check a protocol by the attributes it names."""
    if not isinstance(cls, _ProtocolMeta) or not cls.__dict__.get('_is_protocol'):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        "got %r" % cls)
    cls._runtime = True
    return cls


def _supports(name, method, result=None):
    proto = _ProtocolMeta(name, (Protocol,), {method: lambda self: result,
                                              '__module__': 'typing', '__slots__': ()})
    return runtime_checkable(proto)


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


class _IO:
    """typing.IO, TextIO, BinaryIO: names for annotations of file objects."""


IO = _bare(_IO, 'IO', 1)
TextIO = _IO
BinaryIO = _IO
ContextManager = _bare(object, 'ContextManager', 1)
Pattern = _bare(object, 'Pattern', 1)
Match = _bare(object, 'Match', 1)


# -- NamedTuple and TypedDict: class statements that make other classes ------

def _namedtuple_class(name, bases, ns):
    if bases != (_NamedTupleBase,):
        raise TypeError("can only inherit from a NamedTuple type and Generic")
    fields = ns.get('__annotations__', {})
    defaults = []
    for field in fields:
        if field in ns:
            defaults.append(ns[field])
        elif defaults:
            raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                            % (field, "s" if len(defaults) > 1 else "",
                               ', '.join(f for f in fields if f in ns)))
    cls = collections.namedtuple(name, list(fields), defaults=defaults,
                                 module=ns.get('__module__', '__main__'))
    cls.__annotations__ = dict(fields)
    for key, value in ns.items():
        if key in _NAMEDTUPLE_PROTECTED:
            raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
        if key not in _NAMEDTUPLE_SKIP and key not in fields:
            setattr(cls, key, value)
    return cls


_NAMEDTUPLE_PROTECTED = {'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'}
_NAMEDTUPLE_SKIP = {'__module__', '__qualname__', '__annotations__', '__doc__', '__orig_bases__'}


class _NamedTupleMeta(type):
    def __new__(mcls, name, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, name, bases, ns)
        return _namedtuple_class(name, bases, ns)


_NamedTupleBase = _NamedTupleMeta('NamedTuple', (), {'_root': True, '__module__': 'typing'})


def NamedTuple(typename, fields=None, **kwargs):
    """A namedtuple with annotated fields: NamedTuple('P', [('x', int)]),
    or class P(NamedTuple): x: int; y: int = 0."""
    if fields is None:
        fields = list(kwargs.items())
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    cls = collections.namedtuple(typename, [f for f, _ in fields])
    cls.__annotations__ = dict(fields)
    return cls


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        ns = dict(ns)
        if ns.pop('_root', False):
            return super().__new__(mcls, name, bases, ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        # A key is required as the class's total says, unless its annotation
        # is wrapped in Required[...] or NotRequired[...].
        for key, tp in own.items():
            origin = getattr(tp, '__origin__', None)
            is_required = total if origin not in (Required, NotRequired) else origin is Required
            (required if is_required else optional).add(key)
            (optional if is_required else required).discard(key)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return super().__new__(mcls, name, (dict,), ns)

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


_TypedDictBase = _TypedDictMeta('TypedDict', (), {'_root': True, '__module__': 'typing'})


def TypedDict(typename, fields=None, *, total=True, **kwargs):
    """A dict with declared keys: TypedDict('Point', {'x': int}), or
    class Point(TypedDict): x: int.  Its instances are plain dicts."""
    fields = dict(fields or {}, **kwargs)
    return _TypedDictMeta(typename, (), {'__annotations__': fields, '__module__': '__main__'},
                          total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


# -- functions ---------------------------------------------------------------

_FUNCTION_TYPES = (type(lambda: None), type(len))


def cast(typ, val):
    """Tell a type checker val has type typ; at run time, val itself."""
    return val


def NewType(name, tp):
    """A distinct name for a type: UserId = NewType('UserId', int); at run
    time UserId(5) is 5."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type



def final(f):
    """Mark a method or class final for a type checker; returns it."""
    return f


def no_type_check(arg):
    """Mark a function or class as not type-checked; returns it."""
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    """A decorator whose results are not type-checked."""
    @functools.wraps(decorator)
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped


def _overload_dummy(*args, **kwds):
    raise NotImplementedError("You should not call an overloaded function. "
                              "A series of @overload-decorated functions "
                              "outside a stub module should always be followed "
                              "by an implementation that is not @overload-ed.")


# module -> qualname -> first line -> the @overload-ed function, for get_overloads.
_overloads = {}


def _overload_key(func):
    func = getattr(func, '__func__', func)
    return getattr(func, '__module__', None), getattr(func, '__qualname__', None)


def overload(func):
    """Declare one signature of a function whose implementation follows."""
    module, qualname = _overload_key(func)
    line = getattr(getattr(func, '__code__', None), 'co_firstlineno', id(func))
    _overloads.setdefault(module, {}).setdefault(qualname, {})[line] = func
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures declared for func, in order."""
    module, qualname = _overload_key(func)
    return list(_overloads.get(module, {}).get(qualname, {}).values())


def clear_overloads():
    """Forget every @overload seen so far."""
    _overloads.clear()


def assert_never(arg):
    """Mark code a type checker proves unreachable; reaching it is an error."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def assert_type(val, typ):
    """Ask a type checker to confirm val's type; at run time, val itself."""
    return val


def reveal_type(obj):
    """Show obj's run-time type on stderr; returns obj."""
    import sys
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, base or metaclass as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list."""
    if isinstance(tp, _Alias):
        return tp.__origin__
    if isinstance(tp, (_types.UnionType, _types.GenericAlias)):
        return type(tp) if isinstance(tp, _types.UnionType) else tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _Alias) and not tp._bare:
        args = tp.__args__
        if tp._name == 'Callable' and args and isinstance(args[0], list):
            return (list(args[0]),) + args[1:]
        return args
    if isinstance(tp, (_types.UnionType, _types.GenericAlias)):
        return tp.__args__
    return ()


def _evaluated(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        return value._evaluate(globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None):
    """An object's annotations with string forward references evaluated (a
    class's along its MRO, base first)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            base_globals = globalns
            if base_globals is None:
                module = __import__('sys').modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            for name, value in ann.items():
                hints[name] = _evaluated(value, base_globals, localns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, _FUNCTION_TYPES) or hasattr(obj, '__code__'):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    if globalns is None:
        globalns = getattr(obj, '__globals__', None) or getattr(obj, '__dict__', {})
    if localns is None:
        localns = globalns
    return {name: _evaluated(value, globalns, localns) for name, value in ann.items()}
