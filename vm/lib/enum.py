"""Enumerations as python3 (3.11) shows them: Enum, ReprEnum, IntEnum, Flag,
IntFlag, StrEnum, auto, unique, verify, member, nonmember, property and
global_enum; written for gilvm.

How it is built: EnumMeta.__prepare__ hands the class body a _Namespace
that records, in order, the names bound to plain values (the members;
functions, properties and other descriptors stay ordinary attributes).
EnumMeta.__new__ makes the class without them, then one instance per
member (an alias, a second name for a value already seen, is the first
member again) and stores each in the class dict and in _member_map_ (name
to member) and _value2member_map_ (value to member).  Calling the class,
E(value), goes through EnumMeta.__call__, which looks the member up: no
member is ever made after the class is, but a Flag's combinations: made
on first use and kept in _value2member_map_.

Flags: a member whose value is one bit is canonical (iterated, counted,
named in combinations, in definition order); others, zero and multi-bit
values, are named but only aliases of their combination.  ReprEnum
(IntEnum, IntFlag) changes repr() only: str() and format() are the mixed-in
type's.
"""

_function = type(lambda: None)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(value):
    if isinstance(value, (_function, classmethod, staticmethod, _builtin_property)):
        return True
    kind = type(value)
    return hasattr(kind, "__get__") or hasattr(kind, "__set__") or hasattr(kind, "__delete__")


class auto:
    """A member value chosen by the class's _generate_next_value_."""

    def __init__(self):
        self.value = _unset


_unset = object()


class member:
    """member(value) in a class body: a member even if value is a function."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """nonmember(value) in a class body: a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


_builtin_property = property


class property(_builtin_property):
    """A member attribute that may share its name with a member: looked up on a
    member it is the attribute; on the class, the member of that name."""

    def __set_name__(self, owner, name):
        self._attr_name = name

    def __get__(self, instance, owner=None):
        if instance is not None:
            return super().__get__(instance, owner)
        name = getattr(self, "_attr_name", None)
        found = owner.__dict__.get("_member_map_", {}).get(name) if owner is not None else None
        if found is None:
            raise AttributeError(name)
        return found

# The sunder names a class body may bind.
_sunders = ("_order_", "_ignore_", "_generate_next_value_", "_missing_")


class _Namespace(dict):
    """The class body's namespace: it tells members from everything else."""

    def __init__(self, next_value):
        super().__init__()
        self._member_names = []
        self._member_values = []
        self._next_value = next_value
        self._ignore = ()

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in _sunders:
                raise ValueError("_names_ are reserved for future Enum use")
            if key == "_generate_next_value_":
                self._next_value = value
            elif key == "_ignore_":
                self._ignore = value.replace(",", " ").split() if isinstance(value, str) else list(value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("Attempted to reuse key: %r" % key)
        elif key in self._ignore:
            pass
        elif key in self:
            raise TypeError("%r already defined as: %r" % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _is_descriptor(value):
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _unset:
                    value.value = self._next_value(key, 1, len(self._member_names),
                                                   self._member_values[:])
                value = value.value
            self._member_names.append(key)
            self._member_values.append(value)
        super().__setitem__(key, value)


def _bases_of(name, bases):
    """(the type members are made from, the nearest Enum base)."""
    if not bases:
        return object, Enum
    last = bases[-1]
    if not (isinstance(last, EnumMeta)):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    if last._member_names_:
        raise TypeError("%s: cannot extend enumeration %r" % (name, last.__name__))
    member_type = object
    for base in bases:
        for klass in base.__mro__:
            if klass is object or isinstance(klass, EnumMeta):
                continue
            member_type = klass
            break
        if member_type is not object:
            break
    return member_type, last


class EnumMeta(type):
    """The metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        if Enum is None:
            return _Namespace(None)
        member_type, first_enum = _bases_of(name, bases)
        return _Namespace(getattr(first_enum, "_generate_next_value_", None))

    def __new__(metacls, name, bases, classdict, **kwds):
        if Enum is None:  # Enum itself
            ns = dict(classdict)
            ns.update(_new_member_=None, _member_names_=[], _member_map_={},
                      _value2member_map_={}, _member_type_=object)
            return super().__new__(metacls, name, bases, ns, **kwds)
        member_type, first_enum = _bases_of(name, bases)
        names = classdict._member_names
        values = classdict._member_values
        for bad in ("mro", ""):
            if bad in names:
                raise ValueError("Invalid enum member name: %s" % bad)
        ignore = classdict._ignore
        ns = {k: v for k, v in classdict.items() if k not in names and k not in ignore}
        ns.pop("_ignore_", None)
        new = ns.pop("__new__", None)
        if new is None:
            new = getattr(first_enum, "_new_member_", None)
        ns["_new_member_"] = new
        ns["_member_names_"] = []
        ns["_member_map_"] = {}
        ns["_value2member_map_"] = {}
        ns["_member_type_"] = member_type
        enum_class = super().__new__(metacls, name, bases, ns, **kwds)
        # A mixin's repr, str and format come before Enum's in the MRO;
        # Enum's are meant, unless the class body defines its own.
        for dunder in ("__repr__", "__str__", "__format__"):
            if dunder in classdict:
                continue
            found = getattr(enum_class, dunder)
            if found is getattr(member_type, dunder, None):
                type.__setattr__(enum_class, dunder, getattr(first_enum, dunder))
        if ReprEnum is not None and ReprEnum in bases:
            _keep_mixin_str(enum_class, member_type, classdict)
        for key, value in zip(names, values):
            _add_member(enum_class, key, value, member_type, new)
        order = classdict.get("_order_")
        if order is not None:
            if isinstance(order, str):
                order = order.replace(",", " ").split()
            if order != enum_class._member_names_:
                raise TypeError("member order does not match _order_")
        if Flag is not None and issubclass(enum_class, Flag):
            _flag_canonical(enum_class)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        found = cls._missing_(value)
        if isinstance(found, cls):
            return found
        if found is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, found))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Name', 'A B C') and its other forms."""
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumMeta.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            for count, key in enumerate(names):
                pairs.append((key, cls._generate_next_value_(key, start, count,
                                                             [v for _, v in pairs])))
            names = pairs
        elif isinstance(names, dict):
            names = list(names.items())
        for key, value in names:
            classdict[key] = value
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return EnumMeta.__new__(EnumMeta, class_name, bases, classdict)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    def __dir__(cls):
        return ["__class__", "__doc__", "__members__", "__module__"] + cls._member_names_

    @_builtin_property
    def __members__(cls):
        """Every name (aliases too) to its member, in definition order."""
        return dict(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("Cannot reassign members.")
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%s: cannot delete Enum member." % cls.__name__)
        super().__delattr__(name)


def _add_member(enum_class, name, value, member_type, new):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    if new is not None:
        member = new(enum_class, *args)
    elif member_type is object:
        member = object.__new__(enum_class)
    else:
        member = member_type.__new__(enum_class, *args)
    if not hasattr(member, "_value_"):
        member._value_ = value if member_type is object else member_type(*args)
    member._name_ = name
    if enum_class.__init__ is not object.__init__:
        member.__init__(*args)
    for other in enum_class._member_map_.values():
        if other._value_ == member._value_:
            member = other  # an alias
            break
    else:
        enum_class._member_names_.append(name)
    type.__setattr__(enum_class, name, member)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(member._value_, member)
    except TypeError:
        pass  # an unhashable value is found by searching


def _keep_mixin_str(enum_class, member_type, classdict):
    """ReprEnum's rule: str() and format() are the mixed-in type's."""
    if member_type is object:
        raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
    if "__format__" not in classdict:
        type.__setattr__(enum_class, "__format__", member_type.__format__)
    if "__str__" not in classdict:
        method = member_type.__str__
        if method is object.__str__:
            method = member_type.__repr__   # object's str would show the enum's repr
        type.__setattr__(enum_class, "__str__", method)


def _flag_canonical(enum_class):
    """A Flag class's canonical members (one bit each) and all their bits."""
    mask = 0
    canonical = []
    for name in enum_class._member_names_:
        value = enum_class._member_map_[name]._value_
        if isinstance(value, int) and value > 0 and value & (value - 1) == 0:
            canonical.append(name)
        if isinstance(value, int) and value > 0:
            mask |= value
    type.__setattr__(enum_class, "_member_names_", canonical)
    type.__setattr__(enum_class, "_flag_mask_", mask)


Enum = ReprEnum = Flag = None


class Enum(metaclass=EnumMeta):
    """An enumeration: a class whose members are its only instances."""

    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        # What a member offers: its class's public methods and properties
        # (not the other members, though the class holds them too).
        names = set()
        for klass in type(self).__mro__:
            names.update(n for n in klass.__dict__
                         if n[0] != "_" and n not in self._member_map_)
        return ["__class__", "__doc__", "__module__"] + sorted(names)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """An enumeration whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are also strs; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        for extra, what in zip(values[1:], ("encoding", "errors")):
            if not isinstance(extra, str):
                raise TypeError("%s must be a string, not %r" % (what, extra))
        value = str(*values)
        result = str.__new__(cls, value)
        result._value_ = value
        return result

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


def _parts(flag, value):
    """(the canonical members in value, in definition order; the bits left)."""
    members = [m for m in flag if m._value_ & value]
    left = value
    for m in members:
        left &= ~m._value_
    return members, left


def _bits(num, width):
    return "0b0 " + format(num, "b").zfill(width)


class Flag(Enum):
    """An enumeration of bit flags that combine with |, & and ^."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = last_values[-1]
        if not isinstance(last, int):
            raise TypeError("Invalid Flag value: %r" % last)
        return 2 ** (_high_bit(last) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        if value < 0 or value & ~cls._flag_mask_:
            width = max(value.bit_length(), cls._flag_mask_.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits(value, width), _bits(cls._flag_mask_, width)))
        return cls._pseudo_member(object.__new__(cls), value)

    @classmethod
    def _pseudo_member(cls, member, value):
        """A combination, named by its canonical members, made once."""
        members, left = _parts(cls, value)
        member._name_ = "|".join([m._name_ for m in members]) or None
        member._value_ = value
        return cls._value2member_map_.setdefault(value, member)

    def _defined(self):
        return self._name_ is not None and self.__class__._member_map_.get(self._name_) is self

    def _label(self):
        """The member's name, or its combination's: canonical names, then any
        bits left; empty when no member's bit is in it."""
        if self._defined():
            return self._name_
        members, left = _parts(self.__class__, self._value_)
        if not members:
            return ""
        return "|".join([m._name_ for m in members] + ([str(left)] if left else []))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(_parts(self.__class__, self._value_)[0])

    def __len__(self):
        return len(_parts(self.__class__, self._value_)[0])

    def __repr__(self):
        label = self._label()
        if not label:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, label, self._value_)

    def __str__(self):
        label = self._label()
        if not label:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, label)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flags that are also ints: any int combines with them, and bits no
    member names are kept."""

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        return cls._pseudo_member(int.__new__(cls, value), value)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(self._value_ ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """Class decorator: ValueError when two names share a value."""
    duplicates = [(alias, member.name) for alias, member in enumeration.__members__.items()
                  if alias != member.name]
    if duplicates:
        shown = ", ".join(["%s -> %s" % pair for pair in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, shown))
    return enumeration


def global_enum(cls):
    """Class decorator: put the members in their module's namespace and show
    them as module.NAME, as re's flags are shown."""
    import sys
    module = cls.__module__
    sys.modules[module].__dict__.update(cls.__members__)

    def label(self):
        return self._label() if isinstance(self, Flag) else self._name_

    def __repr__(self):
        name = label(self)
        if not name:
            return "%s.%s(%r)" % (module, cls.__name__, self._value_)
        return "|".join("%s.%s" % (module, part) for part in name.split("|"))
    type.__setattr__(cls, "__repr__", __repr__)
    if not issubclass(cls, ReprEnum):
        type.__setattr__(cls, "__str__", lambda self: label(self) or repr(self))
    return cls


class EnumCheck(StrEnum):
    """What verify() checks."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


def _member_or_value(enum_class, value):
    """The member of enum_class for value, else value itself: how socket and
    signal hand on what their C modules answer (a number with no name, a
    handler that is a function, stays what it was)."""
    try:
        return enum_class(value)
    except ValueError:
        return value


def _check_unique(enumeration):
    aliases = ["%s -> %s" % (alias, m._name_) for alias, m in enumeration.__members__.items()
               if alias != m._name_]
    if aliases:
        raise ValueError("aliases found in %r: %s" % (enumeration, ", ".join(aliases)))


def _check_continuous(enumeration):
    values = [m._value_ for m in enumeration]
    if not values:
        return
    if issubclass(enumeration, Flag):
        kind = "flag"
        expected = [1 << bit for bit in range(_high_bit(min(values)), _high_bit(max(values)))]
    else:
        kind = "enum"
        expected = range(min(values), max(values))
    missing = [str(v) for v in expected if v not in values]
    if missing:
        raise ValueError("invalid %s %r: missing values %s"
                         % (kind, enumeration.__name__, ", ".join(missing)))


def _check_named_flags(enumeration):
    named = 0
    for m in enumeration:
        named |= m._value_
    names = []
    missed = 0
    for name, m in enumeration.__members__.items():
        if name in enumeration._member_names_ or m._value_ <= 0:
            continue
        if m._value_ & ~named:
            names.append(name)
            missed |= m._value_ & ~named
    if not names:
        return
    if len(names) == 1:
        who = "alias %s is missing" % names[0]
    else:
        who = "aliases %s and %s are missing" % (", ".join(names[:-1]), names[-1])
    what = "value" if missed & (missed - 1) == 0 else "combined values of"
    raise ValueError("invalid Flag %r: %s %s 0x%x [use enum.show_flag_values(value) for details]"
                     % (enumeration.__name__, who, what, missed))


def verify(*checks):
    """Class decorator: ValueError unless the enumeration passes the checks."""
    def decorator(enumeration):
        for check in checks:
            if check is UNIQUE:
                _check_unique(enumeration)
            elif check is CONTINUOUS:
                _check_continuous(enumeration)
            elif check is NAMED_FLAGS and issubclass(enumeration, Flag):
                _check_named_flags(enumeration)
        return enumeration
    return decorator
