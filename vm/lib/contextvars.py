"""contextvars for gilvm: context-local state (PEP 567).

A Context maps ContextVars to values; every OS thread has a current
Context, empty when the thread starts, and Context.run() makes another one
current for the length of a call.  ContextVar.set() records the change in
the current Context and hands back a Token that reset() uses to undo it.

A Context's mapping is a dict that is never changed once shared: set()
makes a new dict, so copy() (and copy_context()) costs one reference, not a
copy of the values.  CPython uses a HAMT for the same reason; a dict copy
per set() is slower for contexts with many variables but keeps this short.

What differs from CPython: the classes' module is 'contextvars', not
'_contextvars', so their reprs and messages name them without the
underscore."""

import threading as _threading
from types import GenericAlias as _GenericAlias

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

# The calling thread's current Context: 'ctx' is unset until the thread
# first needs one, so a new thread starts empty.
_state = _threading.local()


def _current():
    try:
        return _state.ctx
    except AttributeError:
        ctx = _state.ctx = Context()
        return ctx


def _check_var(key):
    if not isinstance(key, ContextVar):
        raise TypeError("a ContextVar key was expected, got %r" % (key,))


class _Sealed:
    # CPython's three types are final; a subclass could not work with the
    # C implementation there, so none is allowed here either.
    def __init_subclass__(cls, **kwargs):
        if _Sealed in cls.__bases__:
            return
        raise TypeError("type '%s' is not an acceptable base type" % cls.__mro__[1].__name__)


class Context(_Sealed):
    """A read-only mapping of ContextVar -> value; run() makes it current."""

    __hash__ = None

    def __init__(self):
        self._data = {}
        self._entered = False
        self._outer = None

    def run(self, callable, /, *args, **kwargs):
        """callable(*args, **kwargs) with this context current; the
        ContextVar.set() calls it makes land in this context."""
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        self._outer = _current()
        self._entered = True
        _state.ctx = self
        try:
            return callable(*args, **kwargs)
        finally:
            _state.ctx = self._outer
            self._outer = None
            self._entered = False

    def copy(self):
        """A new Context with the same values, entered by nobody."""
        other = Context()
        other._data = self._data
        return other

    def __getitem__(self, var):
        _check_var(var)
        return self._data[var]

    def __contains__(self, var):
        _check_var(var)
        return var in self._data

    def get(self, var, default=None):
        _check_var(var)
        return self._data.get(var, default)

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    def _set(self, var, value):
        data = dict(self._data)
        data[var] = value
        self._data = data

    def _unset(self, var):
        data = dict(self._data)
        del data[var]
        self._data = data


_NO_DEFAULT = object()


class ContextVar(_Sealed):
    """A variable whose value depends on the current Context."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, name, *, default=_NO_DEFAULT):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self.__dict__['_name'] = name
        self.__dict__['_default'] = default

    @property
    def name(self):
        return self._name

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def get(self, *default):
        """The value in the current context, else the argument given, else
        the variable's default; LookupError when there is none of them."""
        if len(default) > 1:
            raise TypeError("get() takes at most 1 argument (%d given)" % len(default))
        data = _current()._data
        if self in data:
            return data[self]
        if default:
            return default[0]
        if self._default is not _NO_DEFAULT:
            return self._default
        raise LookupError(self)

    def set(self, value):
        """Give the variable a value in the current context; the Token
        undoes this through reset()."""
        ctx = _current()
        old = ctx._data.get(self, Token.MISSING)
        ctx._set(self, value)
        return Token._make(ctx, self, old)

    def reset(self, token):
        """Put the variable back as it was before the set() that made token."""
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % type(token).__name__)
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _current()
        if token._ctx is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old is Token.MISSING:
            ctx._unset(self)
        else:
            ctx._set(self, token._old)

    def __repr__(self):
        default = ''
        if self._default is not _NO_DEFAULT:
            default = ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))


class _Missing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token(_Sealed):
    """What ContextVar.set() returns: the variable and its value before."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    MISSING = _Missing()

    def __init__(self):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @classmethod
    def _make(cls, ctx, var, old):
        token = object.__new__(cls)
        token._ctx, token._var, token._old, token._used = ctx, var, old, False
        return token

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))


def copy_context():
    """A copy of the calling thread's current Context."""
    return _current().copy()
