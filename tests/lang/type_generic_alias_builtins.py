# PEP 585: the built-in and library classes that annotations parameterise
# give types.GenericAlias for X[int], and their subclasses inherit it; the
# built-in types that only the interpreter makes refuse to be called.
import collections, collections.abc, contextlib, contextvars, dataclasses, difflib, filecmp
import fileinput, functools, itertools, os, queue, re, sys, types, typing, weakref

generic = [tuple, list, dict, set, frozenset, type, enumerate, collections.deque,
           collections.defaultdict, collections.OrderedDict, collections.Counter,
           collections.ChainMap, collections.abc.AsyncGenerator, collections.abc.Iterable,
           contextlib.AbstractContextManager, re.Pattern, re.Match, os.PathLike, os.DirEntry,
           functools.partial, functools.partialmethod, functools.cached_property,
           weakref.ref, weakref.WeakSet, weakref.WeakKeyDictionary, queue.Queue,
           queue.SimpleQueue, itertools.chain, types.MappingProxyType,
           types.AsyncGeneratorType, dataclasses.Field, difflib.SequenceMatcher,
           filecmp.dircmp, fileinput.FileInput, contextvars.ContextVar, contextvars.Token]
for cls in generic:
    alias = cls[int]
    print(cls.__name__, type(alias).__name__, alias.__origin__ is cls, alias.__args__)
print(list[int], dict[str, list[int]], re.Pattern[str], enumerate[int], itertools.chain[int])


class L(list):
    pass


class D(dict):
    pass


print(L[int], D[str, int], list.__class_getitem__(str))
for bad in ("list.__class_getitem__()", "list.__class_getitem__(1, 2)",
            "L.__class_getitem__()", "int[str]", "object[int]", "(1).__class__[int]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)


class M(type):
    pass


try:
    M[int]
except TypeError as e:
    print("metaclass:", e)


async def agen():
    yield 1


print(isinstance(agen(), collections.abc.AsyncGenerator),
      issubclass(types.AsyncGeneratorType, collections.abc.AsyncIterator),
      sorted(collections.abc.AsyncGenerator.__abstractmethods__), typing.AsyncGenerator[int, None])
try:
    collections.abc.AsyncGenerator()
except TypeError as e:
    print(e)

made_by_vm = [re.Pattern, re.Match, types.GeneratorType, types.FrameType,
              type({}.keys()), type(iter(lambda: 0, 1)), types.BuiltinFunctionType,
              types.MethodWrapperType, types.MemberDescriptorType, types.GetSetDescriptorType]
for t in made_by_vm:
    try:
        t()
        print(t.__name__, "made")
    except TypeError as e:
        print(e)
print(re.Pattern.__module__, re.Pattern.__name__, re.Match.__qualname__, repr(re.Pattern))

# Every class these modules hold, called with no arguments, makes an object or
# raises; none crashes the interpreter (the zeroed instances did).
import builtins, io
for mod in (builtins, types, io, itertools, re, collections, functools, weakref, sys):
    for name in dir(mod):
        t = getattr(mod, name)
        if isinstance(t, type) and not issubclass(t, BaseException):
            try:
                repr(t())
            except Exception:
                pass
for t in (type(iter([])), type({}.items()), type(zip()), type(reversed([])), type(iter(range(3)))):
    try:
        repr(t())
    except Exception:
        pass
print("every class called")
