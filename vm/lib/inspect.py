"""inspect for gilvm: what kind of object something is, its members and
docstring, and the signatures of Python callables (signature(),
Signature, Parameter, BoundArguments, getfullargspec), as python3's.

What differs from CPython:
  - builtins have no signatures (ValueError), as gilvm keeps no
    __text_signature__
  - a frame is a snapshot (sys._getframe): its f_lineno and f_locals are
    those of the moment it was taken
  - no getsource()/getclosurevars()/getattr_static()"""

import collections
import enum
import functools
import keyword
import linecache
import sys
import types

__all__ = ['BoundArguments', 'FrameInfo', 'FullArgSpec', 'Parameter', 'Signature', 'Traceback',
           'cleandoc', 'getframeinfo', 'getouterframes', 'isframe',
           'currentframe', 'getdoc', 'getfile', 'getfullargspec', 'getmembers',
           'getmodule', 'getmro', 'isabstract', 'isasyncgenfunction', 'isawaitable',
           'getgeneratorstate', 'getcoroutinestate', 'isasyncgen',
           'isbuiltin', 'isclass', 'iscode', 'iscoroutine', 'iscoroutinefunction',
           'isdatadescriptor', 'isfunction', 'isgenerator', 'isgeneratorfunction',
           'ismethod', 'ismethoddescriptor', 'ismodule', 'isroutine', 'istraceback',
           'signature', 'stack', 'unwrap', 'get_annotations']

CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


# ---- what kind of object

def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    """A bound method of a Python function."""
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    """A Python function, lambdas included."""
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    """A function, or a method bound to an object, written in C."""
    return isinstance(obj, types.BuiltinFunctionType)


# A C method read from its class, which CPython binds through __get__.
_C_DESCRIPTORS = (types.MethodDescriptorType, types.WrapperDescriptorType, types.MethodWrapperType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    if isinstance(obj, _C_DESCRIPTORS[:2]):
        return True
    kind = type(obj)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)
            or isinstance(obj, types.MethodWrapperType))


def iscode(obj):
    return isinstance(obj, types.CodeType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def _has_flag(obj, flag):
    while ismethod(obj):
        obj = obj.__func__
    while isinstance(obj, functools.partial):
        obj = obj.func
    return isfunction(obj) and bool(obj.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """A function (or method, or partial of one) whose calls make generators."""
    return _has_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """An async def function (or method, or partial of one)."""
    return _has_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, CO_ASYNC_GENERATOR)


def iscoroutine(obj):
    kind = getattr(types, 'CoroutineType', None)
    return kind is not None and isinstance(obj, kind)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), '__await__')


def isasyncgen(obj):
    kind = getattr(types, 'AsyncGeneratorType', None)
    return kind is not None and isinstance(obj, kind)


GEN_CREATED, GEN_RUNNING = 'GEN_CREATED', 'GEN_RUNNING'
GEN_SUSPENDED, GEN_CLOSED = 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING = 'CORO_CREATED', 'CORO_RUNNING'
CORO_SUSPENDED, CORO_CLOSED = 'CORO_SUSPENDED', 'CORO_CLOSED'


def _run_state(prefix, running, frame):
    # A frame not yet started stands before its first instruction (f_lasti -1).
    if running:
        return prefix + 'RUNNING'
    if frame is None:
        return prefix + 'CLOSED'
    return prefix + ('CREATED' if frame.f_lasti == -1 else 'SUSPENDED')


def getgeneratorstate(generator):
    return _run_state('GEN_', generator.gi_running, generator.gi_frame)


def getcoroutinestate(coroutine):
    return _run_state('CORO_', coroutine.cr_running, coroutine.cr_frame)


def isabstract(obj):
    """A class that abstract methods keep from being instantiated."""
    return isclass(obj) and bool(getattr(obj, '__abstractmethods__', False))


# ---- members, docs, where things come from

def getmembers(obj, predicate=None):
    """(name, value) for each attribute dir() lists that getattr() gives,
    sorted by name, kept where predicate(value) is true."""
    found = []
    for name in dir(obj):
        try:
            value = getattr(obj, name)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            found.append((name, value))
    found.sort(key=lambda pair: pair[0])
    return found


def getmro(cls):
    return cls.__mro__


def cleandoc(doc):
    """A docstring without its indentation: the first line stripped on the
    left, the common indentation of the others taken off, and blank lines
    at either end dropped.  Tabs count to the next multiple of 8."""
    lines = doc.expandtabs().split('\n')
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()]
    margin = min(indents) if indents else 0
    lines = [lines[0].lstrip()] + [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    # A method or class without a docstring of its own takes the first one
    # found on the same name up the MRO, as python3 does.
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and isinstance(base.__doc__, str):
                return base.__doc__
        return None
    func = obj.__func__ if ismethod(obj) else obj
    owner_name = getattr(func, '__qualname__', '').rpartition('.')[0]
    module = sys.modules.get(getattr(func, '__module__', None))
    owner = module
    for part in owner_name.split('.') if owner_name else ():
        owner = getattr(owner, part, None)
    if not isclass(owner):
        return None
    for base in owner.__mro__[1:]:
        doc = getattr(base.__dict__.get(func.__name__), '__doc__', None)
        if isinstance(doc, str):
            return doc
    return None


def getdoc(obj):
    """obj's docstring, or the one it inherits, cleaned up; None if none."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None and (isclass(obj) or ismethod(obj) or isfunction(obj)):
        doc = _inherited_doc(obj)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(obj):
    """The module obj was defined in, or None if that cannot be told."""
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    if name is None:
        return None
    return sys.modules.get(name)


def getfile(obj):
    """The file obj was defined in; TypeError for built-in objects."""
    if ismodule(obj):
        if getattr(obj, '__file__', None):
            return obj.__file__
        raise TypeError('{!r} is a built-in module'.format(obj))
    if isclass(obj):
        module = sys.modules.get(getattr(obj, '__module__', None))
        if getattr(module, '__file__', None):
            return module.__file__
        raise TypeError('{!r} is a built-in class'.format(obj))
    if ismethod(obj):
        obj = obj.__func__
    if isfunction(obj):
        obj = obj.__code__
    if istraceback(obj):
        obj = obj.tb_frame
    if hasattr(obj, 'f_code'):
        obj = obj.f_code
    if iscode(obj):
        return obj.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object '
                    'was expected, got {}'.format(type(obj).__name__))


def currentframe():
    """The caller's frame."""
    return sys._getframe(1)


def isframe(obj):
    return type(obj).__name__ == 'frame' and hasattr(obj, 'f_code')


Traceback = collections.namedtuple('Traceback', 'filename lineno function code_context index')
FrameInfo = collections.namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def getframeinfo(frame, context=1):
    """Where frame is: file, line, function, and `context` source lines
    around the line (None when the source cannot be read)."""
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    code = frame.f_code
    lineno = frame.f_lineno
    lines = linecache.getlines(code.co_filename) if context > 0 else []
    if not lines:
        return Traceback(code.co_filename, lineno, code.co_name, None, None)
    start = min(max(lineno - 1 - context // 2, 0), max(len(lines) - context, 0))
    return Traceback(code.co_filename, lineno, code.co_name, lines[start:start + context],
                     lineno - 1 - start)


def getouterframes(frame, context=1):
    """FrameInfo records of frame and every frame it was called from."""
    records = []
    while frame is not None:
        records.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return records


def stack(context=1):
    """The caller's frame records, the caller first."""
    return getouterframes(sys._getframe(1), context)


def unwrap(func, *, stop=None):
    """func with its chain of __wrapped__ (functools.wraps) followed to the end,
    or to the first function stop(function) is true for."""
    seen = {id(func)}
    while hasattr(func, '__wrapped__') and not (stop and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(func))
    return func


# ---- a function's parameters, from its code object

class _Shape:
    """The parameter names of a code object and its flags."""

    def __init__(self, code):
        names = code.co_varnames
        npos, nposonly, nkw = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
        self.posonly = list(names[:nposonly])
        self.args = list(names[nposonly:npos])
        self.kwonly = list(names[npos:npos + nkw])
        at = npos + nkw
        self.varargs = self.varkw = None
        if code.co_flags & CO_VARARGS:
            self.varargs = names[at]
            at += 1
        if code.co_flags & CO_VARKEYWORDS:
            self.varkw = names[at]
        self.flags = code.co_flags


# ---- Parameter and Signature

class _empty:
    """Marks a parameter without default or annotation, or a signature
    without return annotation."""


# replace()'s "leave as it is": Parameter.empty is a value one may set
_void = object()


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}
_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None):
    """An annotation as signatures print it: classes by qualified name
    (module-qualified outside builtins), anything else by repr."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isclass(annotation):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation
    (Parameter.empty where there is none)."""

    empty = _empty
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError('value {!r} is not a valid Parameter.kind'.format(kind)) from None
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'
                             .format(self._kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name, self._default, self._annotation = name, default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, default=_void, annotation=_void):
        """A copy with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text += sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            return '*' + text
        if self._kind == _VAR_KEYWORD:
            return '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())


class _ReadOnlyDict(dict):
    """Signature.parameters: an ordered mapping nobody may change."""

    def _refuse(self, *args, **kwargs):
        raise TypeError("'mappingproxy' object does not support item assignment")

    __setitem__ = __delitem__ = _refuse
    update = pop = popitem = clear = setdefault = _refuse


class BoundArguments:
    """The result of Signature.bind(): arguments maps parameter names to
    values, in the signature's order; args and kwargs rebuild a call."""

    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        out = []
        for param in self.signature.parameters.values():
            if param.kind >= _KEYWORD_ONLY or param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        # what args could not pass (everything after a gap or after *args)
        out = {}
        positional = True
        for param in self.signature.parameters.values():
            if positional and (param.kind >= _KEYWORD_ONLY or param.name not in self.arguments):
                positional = False
            if positional or param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            elif param.kind != _VAR_POSITIONAL:
                out[param.name] = value
        return out

    def apply_defaults(self):
        """Fill in the defaults of the parameters not bound (() and {} for
        *args and **kwargs)."""
        filled = {}
        for param in self.signature.parameters.values():
            if param.name in self.arguments:
                filled[param.name] = self.arguments[param.name]
            elif param.default is not _empty:
                filled[param.name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[param.name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[param.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, args)


class Signature:
    """A callable's parameters, in order, and its return annotation."""

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = _ReadOnlyDict()
        if parameters is not None:
            if __validate_parameters__:
                _check_order(parameters)
            dict.update(params, ((p.name, p) for p in parameters))
        self._parameters = params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return _signature(obj, follow_wrapped, True)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with new parameters and/or return annotation."""
        if parameters is _void:
            parameters = list(self._parameters.values())
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def __str__(self):
        parts = []
        kinds = [p.kind for p in self._parameters.values()]
        for i, param in enumerate(self._parameters.values()):
            if param.kind == _KEYWORD_ONLY and _VAR_POSITIONAL not in kinds and \
                    (i == 0 or kinds[i - 1] != _KEYWORD_ONLY):
                parts.append('*')
            parts.append(str(param))
            if param.kind == _POSITIONAL_ONLY and (i + 1 == len(kinds) or kinds[i + 1] != _POSITIONAL_ONLY):
                parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def bind(self, *args, **kwargs):
        """BoundArguments for a call with these arguments; TypeError, as the
        call itself would raise, if they do not fit."""
        return _bind(self, args, kwargs, False)

    def bind_partial(self, *args, **kwargs):
        """As bind(), but parameters may be left unbound."""
        return _bind(self, args, kwargs, True)


def _check_order(parameters):
    seen = set()
    kind = _POSITIONAL_ONLY
    defaulted = False
    for param in parameters:
        if param.kind < kind:
            raise ValueError('wrong parameter order: {} parameter before {} parameter'
                             .format(kind.description, param.kind.description))
        kind = param.kind
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            if param.default is not _empty:
                defaulted = True
            elif defaulted:
                raise ValueError('non-default argument follows default argument')
        if param.name in seen:
            raise ValueError('duplicate parameter name: {!r}'.format(param.name))
        seen.add(param.name)


def _bind(sig, args, kwargs, partial):
    params = list(sig.parameters.values())
    kwargs = dict(kwargs)
    bound = {}
    var_kw = None
    rest = list(args)
    for param in params:
        if param.kind == _VAR_POSITIONAL:
            if rest:
                bound[param.name] = tuple(rest)
                rest = []
        elif rest and param.kind <= _POSITIONAL_OR_KEYWORD:
            if param.kind == _POSITIONAL_OR_KEYWORD and param.name in kwargs:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            bound[param.name] = rest.pop(0)
    if rest:
        raise TypeError('too many positional arguments')
    for param in params:
        if param.name in bound or param.kind == _VAR_POSITIONAL:
            continue
        if param.kind == _VAR_KEYWORD:
            var_kw = param
        elif param.kind == _POSITIONAL_ONLY and param.name in kwargs and not _has_var_kw(params):
            raise TypeError('{!r} parameter is positional only, but was passed as a keyword'
                            .format(param.name))
        elif param.kind != _POSITIONAL_ONLY and param.name in kwargs:
            bound[param.name] = kwargs.pop(param.name)
        elif not partial and param.default is _empty:
            raise TypeError('missing a required argument: {!r}'.format(param.name))
    if kwargs:
        if var_kw is None:
            raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
        bound[var_kw.name] = kwargs
    ordered = {p.name: bound[p.name] for p in params if p.name in bound}
    return BoundArguments(sig, ordered)


def _has_var_kw(params):
    return any(p.kind == _VAR_KEYWORD for p in params)


# ---- signature()

def _from_function(func):
    shape = _Shape(func.__code__)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    notes = getattr(func, '__annotations__', None) or {}
    params = []
    positional = [(n, _POSITIONAL_ONLY) for n in shape.posonly] + \
                 [(n, _POSITIONAL_OR_KEYWORD) for n in shape.args]
    first_default = len(positional) - len(defaults)
    for i, (name, kind) in enumerate(positional):
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=notes.get(name, _empty)))
    if shape.varargs:
        params.append(Parameter(shape.varargs, _VAR_POSITIONAL,
                                annotation=notes.get(shape.varargs, _empty)))
    for name in shape.kwonly:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=notes.get(name, _empty)))
    if shape.varkw:
        params.append(Parameter(shape.varkw, _VAR_KEYWORD, annotation=notes.get(shape.varkw, _empty)))
    return Signature(params, return_annotation=notes.get('return', _empty),
                     __validate_parameters__=False)


def _drop_first(sig):
    """The signature as seen through a bound method: the first positional
    parameter is taken by the instance (a *args keeps absorbing)."""
    params = list(sig.parameters.values())
    if not params or params[0].kind >= _KEYWORD_ONLY:
        raise ValueError('invalid method signature')
    if params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _from_partial(partial, sig):
    """sig with the partial's positional arguments taken off the front and
    its keywords turned into defaults; a parameter given by keyword, and
    every positional-or-keyword one after it, can then only be passed by
    keyword."""
    try:
        bound = sig.bind_partial(*partial.args, **partial.keywords)
    except TypeError as e:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from e
    taken = len(partial.args)
    params = []
    keyword_only = False
    for param in sig.parameters.values():
        if param.kind <= _POSITIONAL_OR_KEYWORD and taken:
            taken -= 1
            continue
        if param.name in partial.keywords:
            keyword_only = keyword_only or param.kind == _POSITIONAL_OR_KEYWORD
            if param.kind == _POSITIONAL_ONLY:
                continue
            param = param.replace(default=bound.arguments[param.name])
        if keyword_only and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        params.append(param)
    return sig.replace(parameters=params)


def _user_method(cls, name):
    """cls's name attribute if Python code defined it, else None."""
    for base in cls.__mro__:
        if name in base.__dict__:
            attr = getattr(cls, name)
            if isfunction(attr) or (ismethod(attr) and isfunction(attr.__func__)):
                return attr
            return None
    return None


def _from_class(cls, follow_wrapped):
    call = _user_method(type(cls), '__call__')
    if call is not None:
        return _drop_first(_signature(call, follow_wrapped, True))
    for base in cls.__mro__:
        for name in ('__new__', '__init__'):
            if name in base.__dict__:
                method = _user_method(cls, name)
                if method is not None:
                    return _drop_first(_signature(method, follow_wrapped, True))
    if cls.__module__ == 'builtins' and cls is not object:
        raise ValueError('no signature found for builtin type {!r}'.format(cls))
    return Signature()


def _signature(obj, follow_wrapped, skip_bound):
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if ismethod(obj):
        sig = _signature(obj.__func__, follow_wrapped, skip_bound)
        return _drop_first(sig) if skip_bound else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: getattr(f, '__signature__', None) is not None)
        if ismethod(obj):
            return _signature(obj, follow_wrapped, skip_bound)
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isfunction(obj):
        return _from_function(obj)
    if isinstance(obj, functools.partial):
        return _from_partial(obj, _signature(obj.func, follow_wrapped, skip_bound))
    if isclass(obj):
        return _from_class(obj, follow_wrapped)
    if isbuiltin(obj) or isinstance(obj, _C_DESCRIPTORS):
        raise ValueError('no signature found for builtin {!r}'.format(obj))
    call = _user_method(type(obj), '__call__')
    if call is not None:
        return _drop_first(_signature(call, follow_wrapped, skip_bound))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True):
    """The Signature of a callable: a function, a bound method (without its
    first parameter), a class (its __new__ or __init__), a partial, or an
    instance with __call__."""
    return _signature(obj, follow_wrapped, True)


FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args varargs varkw defaults kwonlyargs kwonlydefaults annotations')


def getfullargspec(func):
    """python3's FullArgSpec of func; a bound method keeps its first
    parameter here, unlike in signature()."""
    try:
        sig = _signature(func, False, False)
    except Exception as e:
        raise TypeError('unsupported callable') from e
    args, kwonly, defaults = [], [], []
    kwdefaults, notes = {}, {}
    varargs = varkw = None
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        if param.annotation is not _empty:
            notes[param.name] = param.annotation
        if param.kind <= _POSITIONAL_OR_KEYWORD:
            args.append(param.name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = param.name
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(param.name)
            if param.default is not _empty:
                kwdefaults[param.name] = param.default
        else:
            varkw = param.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly,
                       kwdefaults or None, notes)


def _annotations_and_scope(obj):
    """(obj's own annotations or None, the globals and locals its strings name)."""
    if isinstance(obj, type):
        module = sys.modules.get(obj.__module__)
        return (obj.__dict__.get('__annotations__'), getattr(module, '__dict__', None),
                dict(vars(obj)))
    if isinstance(obj, types.ModuleType):
        return getattr(obj, '__annotations__', None), obj.__dict__, None
    if callable(obj):
        inner = obj
        while True:   # a wrapper's or partial's strings name its target's globals
            if hasattr(inner, '__wrapped__'):
                inner = inner.__wrapped__
            elif isinstance(inner, functools.partial):
                inner = inner.func
            else:
                break
        return getattr(obj, '__annotations__', None), getattr(inner, '__globals__', None), None
    raise TypeError("%r is not a module, class, or callable." % (obj,))


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """A new dict of obj's own annotations; with eval_str, string ones evaluated (python3.10+)."""
    ann, obj_globals, obj_locals = _annotations_and_scope(obj)
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError("%r.__annotations__ is neither a dict nor None" % (obj,))
    if not eval_str:
        return dict(ann)
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: eval(value, globals, locals) if isinstance(value, str) else value
            for key, value in ann.items()}
