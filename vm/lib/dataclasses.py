"""Data classes (PEP 557) with CPython 3.11's rules; written for gilvm.

@dataclass reads the class's __annotations__ (in order, a base's fields
first) and adds __init__ (compiled from generated source, so it has the
real signature and CPython's argument errors), __repr__, __eq__, the
ordering methods, __hash__ by 3.8's table, and a frozen class's
__setattr__/__delattr__.  A method the class defines itself is kept,
except for the ordering methods and __hash__, where 3.8 refuses.
"""

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
           "fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"]

from types import GenericAlias as _GenericAlias


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen dataclass."""


class _Marker:
    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return self._name


MISSING = _Marker("MISSING")
_HAS_FACTORY = _Marker("<factory>")

# What an annotated name is: an ordinary field, a ClassVar (left alone) or
# an InitVar (passed to __init__ and __post_init__ only).
_FIELD = _Marker("_FIELD")
_FIELD_CLASSVAR = _Marker("_FIELD_CLASSVAR")
_FIELD_INITVAR = _Marker("_FIELD_INITVAR")


class KW_ONLY:
    """`_: KW_ONLY` in a dataclass body makes the fields after it keyword-only."""


class InitVar:
    """InitVar[T]: an __init__ argument that is not a field."""

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        name = getattr(self.type, "__name__", None)
        return "dataclasses.InitVar[%s]" % (name if name is not None else repr(self.type))


class Field:
    """One field of a dataclass, as field() describes it."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only=MISSING):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        # A default that is a descriptor hears its name too.
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """A field's default (a value or a zero-argument factory) and options."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _Params:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):  # 3.11 shows these six
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def _is_classvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("ClassVar", "typing.ClassVar"))
    return "ClassVar" in getattr(type(annotation), "__name__", "") or \
        repr(annotation).startswith("typing.ClassVar")


def _is_initvar(annotation):
    if isinstance(annotation, str):
        return annotation.startswith(("InitVar", "dataclasses.InitVar"))
    return annotation is InitVar or isinstance(annotation, InitVar)


def _is_kw_only(annotation):
    if isinstance(annotation, str):
        return annotation in ("KW_ONLY", "dataclasses.KW_ONLY")
    return annotation is KW_ONLY


def _make_field(cls, name, annotation, kw_only):
    default = cls.__dict__.get(name, MISSING)
    f = default if isinstance(default, Field) else field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(annotation):
        f._field_type = _FIELD_INITVAR
    else:
        f._field_type = _FIELD
    if f._field_type is _FIELD_CLASSVAR:
        if f.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % name)
    elif f.kw_only is MISSING:
        f.kw_only = kw_only
    if f._field_type is not _FIELD and f.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % name)
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), name))
    return f


def _compile(name, args, lines, env):
    """A function from generated source; env holds the names it uses."""
    src = "def %s(%s):\n%s\n" % (name, ", ".join(args), "\n".join("    " + l for l in lines))
    scope = {}
    exec(src, env, scope)
    return scope[name]


def _init_param(f):
    if f.default_factory is not MISSING:
        return "%s=_HAS_FACTORY" % f.name
    if f.default is not MISSING:
        return "%s=_dflt_%s" % (f.name, f.name)
    return f.name


def _positional_init_fields(all_fields):
    """The __init__ fields taken by position (also __match_args__), in order."""
    return [f for f in all_fields if f.init and f._field_type is not _FIELD_CLASSVAR and
            not f.kw_only]


def _init_fn(cls, all_fields, frozen, has_post_init):
    args = ["self"]
    lines = []
    env = {"MISSING": MISSING, "_HAS_FACTORY": _HAS_FACTORY, "_object_setattr": object.__setattr__}
    for f in all_fields:
        if f.default is not MISSING:
            env["_dflt_" + f.name] = f.default
    seen_default = False
    for f in _positional_init_fields(all_fields):
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)
        else:
            seen_default = True
        args.append(_init_param(f))
    keyword = [_init_param(f) for f in all_fields
               if f.init and f._field_type is not _FIELD_CLASSVAR and f.kw_only]
    if keyword:
        args += ["*"] + keyword
    for f in all_fields:
        if f._field_type is not _FIELD:
            continue
        if f.default_factory is not MISSING:
            env["_factory_" + f.name] = f.default_factory
            if f.init:
                value = "_factory_%s() if %s is _HAS_FACTORY else %s" % (f.name, f.name, f.name)
            else:
                value = "_factory_%s()" % f.name
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            value = "_dflt_%s" % f.name  # set on the instance too, as a slots class needs
        else:
            continue
        if frozen:
            lines.append("_object_setattr(self, %r, %s)" % (f.name, value))
        else:
            lines.append("self.%s = %s" % (f.name, value))
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        lines.append("self.__post_init__(%s)" % ", ".join(initvars))
    if not lines:
        lines.append("pass")
    return _compile("__init__", args, lines, env)


def _tuple_of(fields_):
    names = [f.name for f in fields_]

    def values(obj):
        return tuple([getattr(obj, n) for n in names])
    return values


def _repr_fn(cls, fields_):
    shown = [f.name for f in fields_ if f.repr]
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            parts = ["%s=%r" % (n, getattr(self, n)) for n in shown]
        finally:
            active.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, ", ".join(parts))
    return __repr__


def _compare_fn(name, values, op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            return op(values(self), values(other))
        return NotImplemented
    compare.__name__ = name
    return compare


_ORDER = (
    ("__lt__", lambda a, b: a < b),
    ("__le__", lambda a, b: a <= b),
    ("__gt__", lambda a, b: a > b),
    ("__ge__", lambda a, b: a >= b),
)


def _hash_fn(values):
    def __hash__(self):
        return hash(values(self))
    return __hash__


def _frozen_fns(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _set_new(cls, name, value):
    """Add value unless the class defines name itself; True when it does."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _own_fields(cls, kw_only):
    """The fields cls's annotations declare; a KW_ONLY pseudo-field makes the rest keyword-only."""
    own = []
    seen_kw_only = False
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if _is_kw_only(annotation):
            if seen_kw_only:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            seen_kw_only = kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))
    return own


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    all_fields = {}
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = base.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if base.__dataclass_params__.frozen:
                any_frozen_base = True
    for f in _own_fields(cls, kw_only):
        name = f.name
        all_fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in all_fields:
            raise TypeError("%r is a field but has no type annotation" % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _Params(init, repr, eq, order, unsafe_hash, frozen)
    fields_ = [f for f in all_fields.values() if f._field_type is _FIELD]
    explicit_hash = "__hash__" in cls.__dict__ and not (
        cls.__dict__["__hash__"] is None and "__eq__" in cls.__dict__)
    if init:
        fn = _init_fn(cls, list(all_fields.values()), frozen, hasattr(cls, "__post_init__"))
        fn.__qualname__ = cls.__qualname__ + ".__init__"
        _set_new(cls, "__init__", fn)
    if repr:
        fn = _repr_fn(cls, fields_)
        fn.__qualname__ = cls.__qualname__ + ".__repr__"
        _set_new(cls, "__repr__", fn)
    compared = _tuple_of([f for f in fields_ if f.compare])
    if eq:
        _set_new(cls, "__eq__", _compare_fn("__eq__", compared, lambda a, b: a == b))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in _ORDER:
            if _set_new(cls, name, _compare_fn(name, compared, op)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        setter, deleter = _frozen_fns(cls, set(all_fields))
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s" % (name, cls.__name__))
    if match_args:   # a class pattern's positional sub-patterns, as python3 (3.10 on)
        _set_new(cls, "__match_args__",
                 tuple(f.name for f in _positional_init_fields(all_fields.values())))
    hashed = _tuple_of([f for f in fields_ if (f.compare if f.hash is None else f.hash)])
    if unsafe_hash:
        if explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _hash_fn(hashed)
    elif eq and frozen and not explicit_hash:
        cls.__hash__ = _hash_fn(hashed)
    elif eq and not explicit_hash:
        cls.__hash__ = None
    if slots:
        cls = _add_slots(cls, [f.name for f in fields_], weakref_slot)
    elif weakref_slot:
        raise TypeError("weakref_slot is True but slots is False")
    return cls


def _add_slots(cls, field_names, weakref_slot):
    """A copy of cls whose fields are __slots__, so its instances have no __dict__."""
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        names = base.__dict__.get("__slots__", ())
        inherited.update((names,) if isinstance(names, str) else names)
    names = [n for n in field_names if n not in inherited]
    if weakref_slot and "__weakref__" not in inherited:
        names.append("__weakref__")
    body = dict(cls.__dict__)
    for name in field_names + ["__dict__", "__weakref__"]:
        body.pop(name, None)
    body["__slots__"] = tuple(names)
    new = type(cls)(cls.__name__, cls.__bases__, body)
    new.__qualname__ = cls.__qualname__
    return new


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add the generated methods to cls; with arguments only, a decorator."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    """The fields (not ClassVars or InitVars) of a dataclass or its instance, in order."""
    try:
        all_fields = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def _convert(obj, as_container):
    if _is_instance(obj):
        return as_container(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_convert(v, as_container) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, as_container) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, as_container), _convert(v, as_container))
                         for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    """The instance's fields as a dict, dataclasses, lists, tuples and dicts inside converted too."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def as_dict(o):
        return dict_factory([(f.name, _convert(getattr(o, f.name), as_dict)) for f in fields(o)])
    return as_dict(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance's field values as a tuple, converted as asdict converts them."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def as_tuple(o):
        return tuple_factory([_convert(getattr(o, f.name), as_tuple) for f in fields(o)])
    return as_tuple(obj)


def replace(obj, **changes):
    """A new instance like obj with the given fields changed."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            if f._field_type is _FIELD:
                changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """A dataclass from a list of names, (name, type) or (name, type, field) items."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
