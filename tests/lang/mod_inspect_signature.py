# inspect.signature: parameters of every kind from functions, methods,
# classes, partials, wrapped functions and callable instances; str() and
# repr() as python3 prints them; bind/bind_partial with their errors;
# BoundArguments; Parameter and Signature built by hand; getfullargspec.
import collections
import functools
import inspect
from inspect import Parameter, Signature


def plain(a, b, c=3):
    pass


def every_kind(a, b, /, c, d=1, *args, e, f: int = 2, **kw) -> str:
    pass


def keyword_only(a, *, b, c='x'):
    pass


def spread(
        first: 'a string',            # a comment, with (brackets
        second=(1, 2), third="),*",
        *rest: collections.OrderedDict,
        last=lambda q, r: q) -> None:
    pass


def nothing():
    pass


class Base:
    def __init__(self, x, y=1):
        pass

    def method(self, p, *more):
        pass

    @classmethod
    def make(cls, size):
        pass

    @staticmethod
    def helper(u, v=0):
        pass

    def __call__(self, q, r=1):
        pass


class Empty:
    pass


class WithNew:
    def __new__(cls, n, *, flag=False):
        return object.__new__(cls)


def decorator(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@decorator
def decorated(alpha, beta=2):
    pass


for obj in (plain, every_kind, keyword_only, spread, nothing, Base, Base(1).method,
            Base.method, Base.make, Base.helper, Base(1), Empty, WithNew, decorated,
            functools.partial(plain, 1), functools.partial(plain, c=9),
            functools.partial(every_kind, 1, 2, 3, f=5),
            lambda x, y=2, *z, **w: 0):
    sig = inspect.signature(obj)
    if obj is spread:   # its last default is a function: no address printed
        print([str(p) for p in sig.parameters.values() if p.name != 'last'], list(sig.parameters))
    else:
        print(sig)
print(inspect.signature(decorated, follow_wrapped=False))
print(repr(inspect.signature(keyword_only)), inspect.signature(every_kind).return_annotation)

sig = inspect.signature(every_kind)
print(list(sig.parameters), [str(p.kind) for p in sig.parameters.values()])
print([p.kind.description for p in sig.parameters.values()])
f = sig.parameters['f']
print(repr(f), f.name, f.default, f.annotation, f.kind == Parameter.KEYWORD_ONLY, int(f.kind))
print(sig.parameters['c'].default is Parameter.empty, Parameter.empty is Signature.empty)
print(Parameter.POSITIONAL_ONLY < Parameter.POSITIONAL_OR_KEYWORD < Parameter.VAR_POSITIONAL
      < Parameter.KEYWORD_ONLY < Parameter.VAR_KEYWORD)
print(sig == inspect.signature(every_kind), sig == inspect.signature(plain))
try:
    sig.parameters['z'] = f
except TypeError:
    print('TypeError parameters are read-only')

# bind and bind_partial
for args, kwargs in (((1, 2, 3), {'e': 5}), ((1, 2, 3, 4, 5, 6), {'e': 1, 'z': 2}),
                     ((1, 2), {'c': 3, 'e': 1, 'a': 9}), ((1,), {}),
                     ((1, 2, 3), {'c': 3, 'e': 1})):
    try:
        ba = sig.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print(' ', ba.arguments)
    except TypeError as e:
        print('TypeError', e)
for target, calls in ((keyword_only, (((1,), {'b': 2}), ((1, 2), {}), ((), {'b': 1}),
                                      ((1,), {'b': 2, 'd': 3}), ((), {'a': 1, 'b': 2}))),
                      (Base(1).method, (((1, 2, 3), {}), ((), {'p': 1}), ((), {'more': 1}))),
                      (lambda a, /, b: 0, (((), {'a': 1, 'b': 2}), ((1, 2), {'b': 2}))),
                      (nothing, (((1,), {}), ((), {'x': 1})))):
    s = inspect.signature(target)
    for args, kwargs in calls:
        for how in (s.bind, s.bind_partial):
            try:
                print(how.__name__, how(*args, **kwargs))
            except TypeError as e:
                print(how.__name__, 'TypeError', e)
ba = inspect.signature(plain).bind_partial(1, c=5)
print(ba.args, ba.kwargs, ba == inspect.signature(plain).bind_partial(1, c=5), ba.signature is not None)

# hand-made parameters and signatures
print(Signature([Parameter('a', Parameter.POSITIONAL_ONLY, annotation='x'),
                 Parameter('b', Parameter.KEYWORD_ONLY, annotation=list)],
                return_annotation=Signature))
print(Parameter('a', 3, annotation=int, default=None), Parameter('a', 4, annotation=int),
      Parameter('a', 1, default='q'), Parameter('rest', 2), Signature())
print(sig.replace(return_annotation=Signature.empty), f.replace(name='zz', default=3),
      f.replace(annotation=Parameter.empty))
for bad in (lambda: Parameter('1x', Parameter.POSITIONAL_ONLY), lambda: Parameter('for', 1),
            lambda: Parameter('x', 7), lambda: Parameter(3, 1),
            lambda: Parameter('x', Parameter.VAR_POSITIONAL, default=1),
            lambda: Signature([Parameter('a', 1, default=1), Parameter('b', 1)]),
            lambda: Signature([Parameter('a', 1), Parameter('b', 0)]),
            lambda: Signature([Parameter('a', 1), Parameter('a', 3)]),
            lambda: inspect.signature(1), lambda: inspect.signature('text')):
    try:
        print('no error', bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(inspect.getfullargspec(every_kind))
print(inspect.getfullargspec(Base.__init__))
print(inspect.getfullargspec(Base(1).method))
print(inspect.getfullargspec(nothing))
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print('TypeError', e)
