# inspect's predicates over functions, methods, classes, modules, builtins
# and generators (yield hidden in strings, comments and nested defs does
# not count); getmembers, getmro, getdoc/cleandoc, getmodule, getfile,
# isabstract, unwrap.
import abc
import functools
import inspect
import sys


def gen(n):
    "  Yields.\n\n     Indented.\n   Less.\n  "
    for i in range(n):
        yield i


def not_gen():
    text = "yield"   # yield in a comment
    def inner():
        yield 1
    return text, inner


def one_line(): yield 0


def two(a,
        b=(1, 2)): return [x for x in (a, b)]


class Shape(abc.ABC):
    """A shape.

        With an indented line."""
    sides = 0

    @abc.abstractmethod
    def area(self):
        "The area."

    def name(self):
        return 'shape'


class Square(Shape):
    def area(self):
        return 4

    def _private(self):
        yield self


preds = ('ismodule', 'isclass', 'ismethod', 'isfunction', 'isbuiltin', 'isroutine',
         'isgenerator', 'isgeneratorfunction', 'iscoroutinefunction', 'iscoroutine', 'isabstract')
things = (('module', inspect), ('class', Square), ('abstract', Shape), ('function', gen),
          ('generator', gen(1)), ('not_gen', not_gen), ('inner', not_gen()[1]),
          ('one_line', one_line), ('two', two), ('lambda', lambda: 0),
          ('bound', Square().area), ('bound gen', Square()._private),
          ('partial gen', functools.partial(gen, 2)), ('builtin', len),
          ('builtin method', [].append), ('int', 3), ('None', None))
for label, obj in things:
    print(label.ljust(14), ' '.join(p[2:] for p in preds if getattr(inspect, p)(obj)))

# ABCMeta's bookkeeping attributes differ between gilvm and CPython
def own(pairs):
    return [name for name, _ in pairs if not name.startswith(('__', '_abc'))]

print(own(inspect.getmembers(Square)), own(inspect.getmembers(Square(), inspect.ismethod)))
print(inspect.getmembers(Square, inspect.isfunction)[0][0], own(inspect.getmembers(Square, inspect.isfunction)))
print([name for name, value in inspect.getmembers(sys.modules[__name__], inspect.isclass)])
print(inspect.getmro(Square) == (Square, Shape, abc.ABC, object))
print(repr(inspect.getdoc(gen)))
print(repr(inspect.getdoc(Shape)), repr(inspect.getdoc(Square)), repr(inspect.getdoc(Square.area)))
print(repr(inspect.getdoc(Square().name)))
for doc in ('one', '  lead\n    body\n\tTabbed\n\n', '\n\n  a\n      b\n  \n', '', 'x\n'):
    print(repr(inspect.cleandoc(doc)))
print(inspect.getmodule(Square).__name__, inspect.getmodule(inspect) is inspect,
      inspect.getmodule(gen).__name__, inspect.getmodule(3), inspect.getmodule(functools.partial).__name__)
print(inspect.getfile(gen) == __file__, inspect.getfile(Square) == __file__,
      inspect.getfile(Square().area) == __file__, inspect.getfile(gen.__code__) == __file__,
      inspect.getfile(inspect).endswith('inspect.py'))
for bad in (3, int, sys, 'str'):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    Shape()
except TypeError:
    print('TypeError abstract', inspect.isabstract(Shape), inspect.isabstract(Square), inspect.isabstract(abc.ABC))


def deco(func):
    @functools.wraps(func)
    def wrapper(*args):
        return func(*args)
    return wrapper


wrapped = deco(deco(two))
print(inspect.unwrap(wrapped) is two, inspect.unwrap(wrapped, stop=lambda f: f is wrapped) is wrapped,
      inspect.unwrap(gen) is gen)
loop = deco(two)
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError:
    print('ValueError wrapper loop')

# Coroutine and async generator functions, and a signature from exec'd code.
async def coro_fn(a, *, b=1):
    pass


async def agen_fn():
    yield 1

print(inspect.iscoroutinefunction(coro_fn), inspect.isasyncgenfunction(agen_fn),
      inspect.iscoroutinefunction(agen_fn), inspect.isgeneratorfunction(coro_fn))
made = {}
exec("def made_fn(x, /, y=2, *rest, z, **kw):\n    pass\n", made)
print(inspect.signature(made["made_fn"]))
