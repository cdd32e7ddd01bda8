"""reprlib for gilvm: repr() with limits on size and depth.

A Repr picks a method by the name of the object's type (repr_list,
repr_dict, ...; a space in the name becomes '_'), so a subclass handles a
new type by adding repr_<typename>.  Containers show at most max<type>
items and nest at most maxlevel deep, standing fillvalue for what is left
out; long strings, ints and other reprs keep their two ends around it.
recursive_repr guards a __repr__ against an object that contains itself.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__: a call re-entered for the same object in the
    same thread (a container holding itself) returns fillvalue."""
    def decorate(user_function):
        # keyed by thread too: another thread's repr of the object is no cycle
        active = set()

        def wrapper(self):
            key = id(self), get_ident()
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(user_function, attr, None))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper
    return decorate


def _sorted_if_possible(items):
    # sets and dict keys read best sorted, but their items may not compare
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Limits (python3 3.11's defaults) and the repr_* methods that apply them."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """x's repr with level nesting levels left, by its type's method."""
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _items(self, x, level, left, right, limit, trail=''):
        """left + the first limit item reprs + right; trail marks a lone item."""
        count = len(x)
        if level <= 0 and count:
            inner = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, limit)]
            if count > limit:
                shown.append(self.fillvalue)
            inner = ', '.join(shown)
            if count == 1 and trail:
                right = trail + right
        return left + inner + right

    def _ends(self, text, limit):
        """text cut to its two ends around fillvalue when longer than limit."""
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._items(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._items(_sorted_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._items(_sorted_if_possible(x), level, 'frozenset({', '})',
                           self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pairs = []
        for key in islice(_sorted_if_possible(x), self.maxdict):
            pairs.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            pairs.append(self.fillvalue)
        return '{' + ', '.join(pairs) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # quote the two ends together, then cut the quoted text back to them
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return self._ends(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # a broken __repr__ must not break the caller's report
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._ends(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
