"""weakref: weak references and what is built on them.

The reference and proxy types are _weakref's (vm/objects/weakref.c).  The
containers here hold weak references and drop an entry from the callback
of its reference, once the object dies; while a container is being
iterated those removals wait (a dict must not change size under its
iterator) and happen when the last iteration ends.
"""

from _weakref import (ref, proxy, getweakrefcount, getweakrefs,
                      ReferenceType, ProxyType, CallableProxyType)
from collections.abc import MutableMapping, MutableSet

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method.  A bound method is made anew at
    each attribute access, so a plain ref to one dies at once; this one
    stays alive while the method's object and its function both do, and
    calling it makes the bound method again."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def part_died(_):
            method_ref = self_ref()
            if method_ref is not None and method_ref._alive:
                method_ref._alive = False
                if callback is not None:
                    callback(method_ref)

        self = ref.__new__(cls, obj, part_died)
        self._func_ref = ref(func, part_died)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ref(self)
        return self

    def __call__(self):
        obj, func = ref.__call__(self), self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = ref.__hash__


class _DeferredRemovals:
    """What the weak containers share: a count of the iterations under way
    and the removals that wait for them to end.  Only the container holds
    itself strongly; the callbacks reach it through a weak reference, so
    a dropped container is freed without waiting for its contents."""

    def _setup(self):
        self._iterating = 0
        self._waiting = []
        self_ref = ref(self)

        def remove(dead):
            container = self_ref()
            if container is None:
                return
            if container._iterating:
                container._waiting.append(dead)
            else:
                container._discard(dead)
        return remove

    def _iterate(self, source):
        """Yields from source (an iterable over the container's data) with
        removals held back meanwhile."""
        self._iterating += 1
        try:
            yield from source
        finally:
            self._iterating -= 1
            if not self._iterating:
                waiting, self._waiting = self._waiting, []
                for dead in waiting:
                    self._discard(dead)


class _KeyedRef(ref):
    """A weak reference to a WeakValueDictionary value that knows its key."""

    __slots__ = ("key",)

    def __new__(cls, obj, callback, key):
        self = ref.__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)


class WeakValueDictionary(_DeferredRemovals, MutableMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._remove = self._setup()
        self.data = {}
        self.update(other, **kw)

    def _discard(self, dead):
        if self.data.get(dead.key) is dead:
            del self.data[dead.key]

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = _KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data) - len(self._waiting)

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __iter__(self):
        for key, wr in self._iterate(list(self.data.items())):
            if wr() is not None:
                yield key

    def items(self):
        for key, wr in self._iterate(list(self.data.items())):
            value = wr()
            if value is not None:
                yield key, value

    def values(self):
        for _, value in self.items():
            yield value

    def itervaluerefs(self):
        yield from self._iterate(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        wr = self.data.get(key)
        value = wr() if wr is not None else None
        return default if value is None else value

    def pop(self, key, *default):
        wr = self.data.pop(key, None)
        value = wr() if wr is not None else None
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = value = default
        return value

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return "<WeakValueDictionary at {:#x}>".format(id(self))


class WeakKeyDictionary(_DeferredRemovals, MutableMapping):
    """A mapping whose keys are held weakly: an entry goes when its key
    dies.  Keys compare by their referents (weakref equality)."""

    def __init__(self, other=None):
        self._remove = self._setup()
        self.data = {}
        if other is not None:
            self.update(other)

    def _discard(self, dead):
        self.data.pop(dead, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data) - len(self._waiting)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for key, _ in self.items():
            yield key

    def items(self):
        for wr, value in self._iterate(list(self.data.items())):
            key = wr()
            if key is not None:
                yield key, value

    def values(self):
        for _, value in self.items():
            yield value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def copy(self):
        return WeakKeyDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return "<WeakKeyDictionary at {:#x}>".format(id(self))


class WeakSet(_DeferredRemovals, MutableSet):
    """A set whose items are held weakly: an item goes when it dies."""

    def __init__(self, data=None):
        self._remove = self._setup()
        self.data = set()
        if data is not None:
            self.update(data)

    def _discard(self, dead):
        self.data.discard(dead)

    def __iter__(self):
        for wr in self._iterate(list(self.data)):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data) - len(self._waiting)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                item = self.data.pop()()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)

    __copy__ = copy

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, set(self))


class _FinalizerEntry:
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "order")


class finalize:
    """finalize(obj, func, /, *args, **kwargs): func(*args, **kwargs) is
    called once, at the first of: obj dies, the finalize object is
    called, or the interpreter exits (when .atexit, the default).  The
    registry holds the finalize objects, so they need no other owner."""

    __slots__ = ()
    _registry = {}
    _made = 0
    _exiting = False
    _hooked = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._run_at_exit)
            finalize._hooked = True
        entry = _FinalizerEntry()
        entry.weakref = ref(obj, self)
        entry.func, entry.args, entry.kwargs = func, args, kwargs
        entry.atexit = True
        finalize._made += 1
        entry.order = finalize._made
        finalize._registry[self] = entry

    def __call__(self, _=None):
        """Calls func now if it is still pending; its result, else None."""
        entry = finalize._registry.pop(self, None)
        if entry is not None and not finalize._exiting:
            return entry.func(*entry.args, **entry.kwargs)

    def _live_entry(self):
        entry = finalize._registry.get(self)
        obj = entry.weakref() if entry is not None else None
        return (obj, entry) if obj is not None else (None, None)

    def detach(self):
        """(obj, func, args, kwargs) if still pending, which it no longer is."""
        obj, entry = self._live_entry()
        if entry is None or finalize._registry.pop(self, None) is None:
            return None
        return obj, entry.func, entry.args, entry.kwargs

    def peek(self):
        """(obj, func, args, kwargs) if still pending, else None."""
        obj, entry = self._live_entry()
        return None if entry is None else (obj, entry.func, entry.args, entry.kwargs)

    @property
    def alive(self):
        return self in finalize._registry

    @property
    def atexit(self):
        entry = finalize._registry.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._registry.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        obj, _ = self._live_entry()
        if obj is None:
            return "<finalize object at {:#x}; dead>".format(id(self))
        return "<finalize object at {:#x}; for {!r} at {:#x}>".format(
            id(self), type(obj).__name__, id(obj))

    @classmethod
    def _run_at_exit(cls):
        """The pending finalizers that want it, newest first; none after."""
        due = sorted(((entry.order, f) for f, entry in cls._registry.items() if entry.atexit),
                     reverse=True)
        for _, f in due:
            try:
                f()
            except Exception:
                import traceback
                traceback.print_exc()
        cls._exiting = True
