"""copyreg for gilvm: how pickle and copy reduce types they cannot see into.

dispatch_table maps a type to a reduction function (obj -> a __reduce__
style tuple) that pickle consults before the object's own __reduce_ex__.
The extension registry gives (module, name) globals small integer codes
that a pickle can carry instead of the names (the EXT opcodes).
__newobj__, __newobj_ex__ and _reconstructor are the callables pickles name
to rebuild instances; _newobj_args is what both ask an instance for
them.  dispatch_table starts with complex, as python3's does (gilvm's
types.UnionType is a Python class, pickled as any instance is).
"""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension',
           'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Reduce instances of ob_type with pickle_function from now on."""
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    # constructor_ob is only checked: unpickling trusts any callable now
    if constructor_ob is not None:
        constructor(constructor_ob)


def _reduce_complex(c):
    return complex, (c.real, c.imag)


def constructor(object):
    """Accept object as a constructor for unpickling; it must be callable."""
    if not callable(object):
        raise TypeError('constructors must be callable')


def __newobj__(cls, *args):
    """Pickle's NEWOBJ: cls.__new__ with the saved arguments, no __init__."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Pickle's NEWOBJ_EX: __newobj__ with keyword arguments too."""
    return cls.__new__(cls, *args, **kwargs)


def _newobj_args(obj):
    """The arguments obj's class's __new__ needs to remake it, as pickle
    and copy ask for them: (args, kwargs) from __getnewargs_ex__, else
    (args, {}) from __getnewargs__; None when obj has neither."""
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        return tuple(args), dict(kwargs)
    getnewargs = getattr(obj, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs()), {}
    return None


def _reconstructor(cls, base, state):
    """Rebuild an instance of cls whose nearest builtin base is base, as
    protocols 0 and 1 describe it (base's value is state)."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(obj, state)
    return obj


# (module, name) -> code, code -> (module, name), and code -> the object
# an unpickler found for it
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Let pickles carry the global module.name as the integer code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    known_code = _extension_registry.get(key)
    known_key = _inverted_registry.get(code)
    if known_code == code and known_key == key:
        return   # registering the same pair twice is harmless
    if known_code is not None:
        raise ValueError('key %s is already registered with code %s' % (key, known_code))
    if known_key is not None:
        raise ValueError('code %s is already in use for key %s' % (code, known_key))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code); the pair must be registered."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError('key %s is not registered with code %s' % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects unpicklers looked up for extension codes."""
    _extension_cache.clear()


pickle(complex, _reduce_complex, complex)
