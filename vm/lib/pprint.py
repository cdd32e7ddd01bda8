"""Pretty-printing of Python data structures, laid out as CPython's pprint.

A value whose one-line repr fits the space left on its line is written as
that repr; otherwise a container is broken one item a line, a long string
into an implicit concatenation of word-aligned pieces, and bytes into
four-byte groups.  'allowance' is the room to keep free at the end of the
last line for the closing brackets the callers still have to write.
"""

import sys as _sys
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact,
                            sort_dicts=sort_dicts)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object, keeping dicts in insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return _safe_repr(object, {}, None, 0, True)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return _safe_repr(object, {}, None, 0, True)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return _safe_repr(object, {}, None, 0, True)[2]


class _safe_key:
    """Orders values of unorderable mixed types (by type name, then id) so
    that sets and dicts of them still sort."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts

    def pprint(self, object):
        self._stream.write(self.pformat(object))
        self._stream.write("\n")

    def pformat(self, object):
        sio = _StringIO()
        self._format(object, sio, 0, 0, {}, 0)
        return sio.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr, readable, recursive) for object; subclasses
        override this to change how single values are shown."""
        return _safe_repr(object, context, maxlevels, level, self._sort_dicts)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(),
                                               self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            # Keyed by __repr__ so a subclass that keeps its base's repr is
            # broken up as the base is, and one with its own repr is not.
            breaker = _breakers.get(type(object).__repr__)
            if breaker is not None:
                context[objid] = 1
                breaker(self, object, stream, indent, allowance, context,
                        level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _open_pad(self, stream):
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * ' ')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_pad(stream)
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_safe_tuple)
            else:
                items = object.items()
            self._format_dict_items(items, stream, indent, allowance + 1,
                                    context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance,
                             context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context,
                          level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context,
                        level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        self._open_pad(stream)
        self._format_dict_items(object.most_common(), stream,
                                indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _format_dict_items(self, items, stream, indent, allowance, context,
                           level):
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            stream.write(rep)
            stream.write(': ')
            self._format(value, stream, indent + len(rep) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(delimnl)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context,
                           level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context,
                      level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar),
                           context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        typ = object.__class__
        if typ is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(typ.__name__ + '({')
            endchar = '})'
            indent += len(typ.__name__) + 1
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_deque(self, object, stream, indent, allowance, context,
                      level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2,
                               context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        self._open_pad(stream)
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        items = list(items)
        last_index = len(items) - 1
        for i, item in enumerate(items):
            last = i == last_index
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                need = len(rep) + 2
                if width < need:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= need:
                    width -= need
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(item, stream, indent, allowance if last else 1,
                         context, level)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At the top a split string needs parentheses to stay one value.
            indent += 1
            allowance += 1
        chunks = _str_chunks(object, self._width - indent, allowance)
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context,
                      level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = _bytes_chunks(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(chunks))
        if parens:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context,
                          level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10,
                           allowance + 1, context, level + 1)
        stream.write(')')


def _words(line):
    """Split line into pieces, each a run of non-space then a run of space
    (r'\\S*\\s*'), so that joining them gives the line back."""
    parts = []
    start = i = 0
    n = len(line)
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        parts.append(line[start:i])
        start = i
    return parts


def _str_chunks(text, max_width, allowance):
    """The reprs of the pieces text is cut into: one per line, and a line
    too long for max_width cut further between words."""
    chunks = []
    lines = text.splitlines(True)
    for i, line in enumerate(lines):
        rep = repr(line)
        last_line = i == len(lines) - 1
        # The closing brackets follow the last line only: a whole last line
        # must leave room for them, a cut one only its last piece.
        if len(rep) <= max_width - (allowance if last_line else 0):
            chunks.append(rep)
            continue
        chunks.extend(_pack(_words(line), max_width, allowance if last_line else 0))
    return chunks


def _bytes_chunks(data, width, allowance):
    # Four-byte pieces; the brackets' allowance counts only against a short
    # last piece, as CPython counts it.
    parts = [data[i:i + 4] for i in range(0, len(data), 4)]
    return _pack(parts, width, allowance if len(data) % 4 else 0)


def _pack(parts, width, last_allowance):
    """The reprs of runs of consecutive parts, each run as long as its repr
    fits width (less last_allowance once the last part is reached)."""
    chunks = []
    current = None
    for j, part in enumerate(parts):
        candidate = part if current is None else current + part
        if j == len(parts) - 1:
            width -= last_allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks


def _collection_breakers():
    import collections
    p = PrettyPrinter
    return {
        dict.__repr__: p._pprint_dict,
        list.__repr__: p._pprint_list,
        tuple.__repr__: p._pprint_tuple,
        set.__repr__: p._pprint_set,
        frozenset.__repr__: p._pprint_set,
        str.__repr__: p._pprint_str,
        bytes.__repr__: p._pprint_bytes,
        bytearray.__repr__: p._pprint_bytearray,
        collections.OrderedDict.__repr__: p._pprint_ordered_dict,
        collections.defaultdict.__repr__: p._pprint_default_dict,
        collections.Counter.__repr__: p._pprint_counter,
        collections.deque.__repr__: p._pprint_deque,
    }


_breakers = _collection_breakers()

_builtin_scalars = frozenset({str, bytes, bytearray, int, float, complex, bool,
                              type(None)})


def _safe_repr(object, context, maxlevels, level, sort_dicts):
    """(repr, readable, recursive) for object, marking a container met again
    inside itself instead of recursing, and '...' below maxlevels."""
    typ = type(object)
    if typ in _builtin_scalars:
        return repr(object), True, False
    r = getattr(typ, "__repr__", None)
    if issubclass(typ, dict) and r is dict.__repr__:
        if not object:
            return "{}", True, False
        if sort_dicts:
            items = sorted(object.items(), key=_safe_tuple)
        else:
            items = list(object.items())
        return _safe_repr_items(object, "{%s}", items, context, maxlevels,
                                level, sort_dicts)
    if issubclass(typ, list) and r is list.__repr__:
        if not object:
            return "[]", True, False
        return _safe_repr_items(object, "[%s]", object, context, maxlevels,
                                level, sort_dicts)
    if issubclass(typ, tuple) and r is tuple.__repr__:
        if not object:
            return "()", True, False
        form = "(%s,)" if len(object) == 1 else "(%s)"
        return _safe_repr_items(object, form, object, context, maxlevels,
                                level, sort_dicts)
    rep = repr(object)
    return rep, (rep and not rep.startswith('<')), False


def _safe_repr_items(object, form, items, context, maxlevels, level,
                     sort_dicts):
    """The repr of a dict (items are pairs), list or tuple."""
    objid = id(object)
    if maxlevels and level >= maxlevels:
        return form % "...", False, objid in context
    if objid in context:
        return _recursion(object), False, True
    context[objid] = 1
    readable = True
    recursive = False
    parts = []
    level += 1
    is_dict = isinstance(object, dict)
    for item in items:
        if is_dict:
            krep, kread, krec = _safe_repr(item[0], context, maxlevels,
                                           level, sort_dicts)
            vrep, vread, vrec = _safe_repr(item[1], context, maxlevels,
                                           level, sort_dicts)
            parts.append("%s: %s" % (krep, vrep))
            readable = readable and kread and vread
            recursive = recursive or krec or vrec
        else:
            rep, read, rec = _safe_repr(item, context, maxlevels, level,
                                        sort_dicts)
            parts.append(rep)
            readable = readable and read
            recursive = recursive or rec
    del context[objid]
    return form % ", ".join(parts), readable, recursive
