"""Abstract base classes (PEP 3119), written for gilvm.

ABCMeta records a class's abstract methods in __abstractmethods__; a
non-empty set makes object.__new__ refuse the class (the VM keeps the flag,
as CPython's type does).  isinstance/issubclass against an ABC go through
ABCMeta.__instancecheck__/__subclasscheck__: real subclasses, classes
given to register() (and their subclasses), and __subclasshook__'s answer.
The registry and the caches hold their classes strongly (CPython's are
weak): weakref's containers are themselves built on collections.abc's ABCs,
so abc cannot use them.  The cycle collector frees them with the ABC.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: a class that has it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated forms below are subclasses of classmethod,
# staticmethod and property in CPython; gilvm's built-in descriptors cannot
# be subclassed, so each makes the plain descriptor over functions marked
# abstract, which ABCMeta finds abstract the same way.

class abstractclassmethod:
    """An abstract classmethod (deprecated: stack @classmethod on
    @abstractmethod instead)."""

    __isabstractmethod__ = True

    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return classmethod(callable)


class abstractstaticmethod:
    """An abstract staticmethod (deprecated: stack @staticmethod on
    @abstractmethod instead)."""

    __isabstractmethod__ = True

    def __new__(cls, callable):
        callable.__isabstractmethod__ = True
        return staticmethod(callable)


class abstractproperty:
    """An abstract property (deprecated: stack @property on
    @abstractmethod instead).  Its getter is marked abstract, or, without
    one, its setter or deleter."""

    __isabstractmethod__ = True

    def __new__(cls, fget=None, fset=None, fdel=None, doc=None):
        for accessor in (fget, fset, fdel):
            if accessor is not None:
                accessor.__isabstractmethod__ = True
                break
        return property(fget, fset, fdel, doc)


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


class ABCMeta(type):
    """The metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_subclasses = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.add(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of cls; returns subclass."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _clear_caches()
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if subclass in cls._abc_negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            answer = bool(ok)
        else:
            answer = _abc_answer(cls, subclass)
        (cls._abc_cache if answer else cls._abc_negative_cache).add(subclass)
        _cached.add(cls)
        return answer

    def __subclasshook__(cls, subclass):
        return NotImplemented

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        for name in ("_abc_registry", "_abc_cache", "_abc_negative_cache"):
            print("%s: %r" % (name, getattr(cls, name)), file=file)


def _abc_answer(cls, subclass):
    if cls in subclass.__mro__:
        return True
    for rcls in cls._abc_registry:
        if issubclass(subclass, rcls):
            return True
    for scls in cls._abc_subclasses:
        if issubclass(subclass, scls):
            return True
    return False


# The ABCs whose caches hold answers: a registration anywhere may change
# one, so register() empties them all.
_cached = set()


def _clear_caches():
    for c in _cached:
        c._abc_cache.clear()
        c._abc_negative_cache.clear()
    _cached.clear()
    _token[0] += 1


class ABC(metaclass=ABCMeta):
    """A helper class that has ABCMeta as its metaclass."""
    __slots__ = ()


def get_cache_token():
    """A token that changes whenever an ABC's registry does."""
    return _token[0]


_token = [0]
