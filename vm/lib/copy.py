"""copy for gilvm: shallow and deep copies, as CPython's copy module.

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively.  A memo dict maps id(original) to its copy, so
shared objects stay shared in the copy and cycles end.  Immutable atoms
(numbers, strings, None, types, functions) are returned as they are.  A
class controls its copies with __copy__ / __deepcopy__(memo), else through
a reduction as pickle's: copyreg's dispatch_table, or its own
__reduce_ex__(4) / __reduce__.  Other instances are rebuilt: a new object
of the class (cls.__new__, no __init__) given a copy of the __dict__ (or
__getstate__'s state) and of the __slots__ values."""

from copyreg import _newobj_args, dispatch_table
from types import MethodType as _MethodType

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, complex, bool, str, bytes, type, range, slice,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0),
           property)


def _is_atomic(x):
    return type(x) in _atomic or isinstance(x, type)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _rebuild(x, copy_value):
    """A new instance of x's class, made without calling __init__: empty,
    or given __getnewargs_ex__'s / __getnewargs__'s arguments (each through
    copy_value) when the class needs them in __new__, as a namedtuple does."""
    cls = type(x)
    new_args = _newobj_args(x)
    if new_args is None:
        return cls.__new__(cls)
    args, kwargs = copy_value(new_args)
    return cls.__new__(cls, *args, **kwargs)


def _reductor(cls):
    """How python3's copy reduces an instance of cls (a function of the
    instance giving a __reduce__ style result), or None when the class has
    no reduction of its own and is rebuilt from its state.  copyreg's
    dispatch_table comes first; then __reduce_ex__(4) anywhere below object
    wins over a nearer __reduce__, as object.__reduce_ex__ only defers to
    __reduce__.  Built-in types' own __reduce__ (itertools.count, array,
    exceptions) count too: their state is out of reach of __dict__."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer
    # Not cached per class: python3 sees a __reduce__ added to or deleted
    # from a class after its first copy (del on a count subclass's own
    # __reduce__ makes copies keep the count).
    found = None
    for c in cls.__mro__:
        if c is object:
            break
        names = c.__dict__
        if '__reduce_ex__' in names:
            return _reduce_ex
        if found is None and '__reduce__' in names:
            found = _reduce
    return found


def _reduce_ex(x):
    return type(x).__reduce_ex__(x, 4)


def _reduce(x):
    return type(x).__reduce__(x)


def _from_reduction(x, rv, memo):
    """A copy of x built as the reduction rv describes (deep when memo is a
    dict): a string names a global, so x is its own copy; otherwise the
    callable on its args, then the state, list items and dict items.  The
    copy enters memo before its state is copied, which may lead back to x."""
    if isinstance(rv, str):
        return x
    return _build(x, memo, *rv)


def _build(x, memo, func, args, state=None, listitems=None, dictitems=None):
    copy_value = (lambda v: v) if memo is None else (lambda v: deepcopy(v, memo))
    y = func(*copy_value(args))
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, copy_value(state))
    if listitems is not None:
        if memo is None:
            y.extend(listitems)
        else:
            for item in listitems:
                y.append(copy_value(item))
    if dictitems is not None:
        for key, value in dictitems:
            y[copy_value(key)] = copy_value(value)
    return y


def _set_state(y, state):
    """Give y a reduction's state: through __setstate__ if y has one, else
    into its __dict__, a (dict, slots) pair's slots through setattr."""
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)


def _fill(x, y, copy_value):
    """Give y x's state (__getstate__'s, else __dict__) and __slots__ values,
    each through copy_value; __setstate__ takes the state if y has one."""
    state = getattr(x, '__dict__', None)
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    if state:
        state = copy_value(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for name in _slot_names(type(x)):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, copy_value(value))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set):
        return cls.copy(x)
    if cls is _MethodType:   # a new binding of the same function to the same object
        return cls(x.__func__, x.__self__)
    method = getattr(cls, '__copy__', None)
    if method is not None:
        return method(x)
    reductor = _reductor(cls)
    if reductor is not None:
        return _from_reduction(x, reductor(x), None)
    if isinstance(x, (list, dict, set)):
        y = _rebuild(x, lambda v: v)
        if isinstance(x, dict):
            y.update(x)
        elif isinstance(x, list):
            y.extend(x)
        else:
            y.update(x)
        _fill(x, y, lambda v: v)
        return y
    if isinstance(x, (tuple, frozenset, int, float, complex, str, bytes)):
        return x
    if cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise Error('un(shallow)copyable object of type %s' % cls)
    y = _rebuild(x, lambda v: v)
    _fill(x, y, lambda v: v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; memo maps id(original) to its copy (kept across calls if passed)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    copier = _deep_copiers.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        method = getattr(cls, '__deepcopy__', None)
        if method is not None:
            y = method(x, memo)
        else:
            y = _deepcopy_instance(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # the originals must outlive the memo, or a freed one's id could be reused
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)(deepcopy(item, memo) for item in x)


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # a tuple reached again through its own items was copied meanwhile
    if id(x) in memo:
        return memo[id(x)]
    for a, b in zip(x, y):
        if a is not b:
            return tuple(y)
    return x


def _deepcopy_method(x, memo):
    # the same function, bound to a copy of the object (as CPython's copy)
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deep_copiers = {list: _deepcopy_list, dict: _deepcopy_dict, set: _deepcopy_set,
                 frozenset: _deepcopy_set, tuple: _deepcopy_tuple, _MethodType: _deepcopy_method}


def _deepcopy_instance(x, memo):
    cls = type(x)
    reductor = _reductor(cls)
    if reductor is not None:
        return _from_reduction(x, reductor(x), memo)
    if cls.__module__ == 'builtins' and not hasattr(x, '__dict__'):
        raise Error('un(deep)copyable object of type %s' % cls)
    y = _rebuild(x, lambda v: deepcopy(v, memo))
    memo[id(x)] = y   # before the attributes: they may lead back to x
    if isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(x, list):
        y.extend(deepcopy(item, memo) for item in x)
    elif isinstance(x, set):
        y.update(deepcopy(item, memo) for item in x)
    _fill(x, y, lambda v: deepcopy(v, memo))
    return y
