"""json.encoder for gilvm: JSONEncoder.

Python values map to JSON as in CPython: dict -> object, list/tuple ->
array, str -> string, int/float (and their subclasses, by int.__repr__ and
float.__repr__) -> number, True/False/None -> true/false/null; anything
else goes through default()."""

import re

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# What a JSON string must escape: the quote, the backslash and the control
# characters; with ensure_ascii, every character outside printable ASCII too.
_ESCAPE = re.compile(r'[\x00-\x1f\\"]')
_ESCAPE_ASCII = re.compile(r'[\\"]|[^ -~]')
_SHORT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
          '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _escape(m):
    c = m.group(0)
    short = _SHORT.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def encode_basestring(s):
    """s as a JSON string, non-ASCII characters kept."""
    return '"' + _ESCAPE.sub(_escape, s) + '"'


def encode_basestring_ascii(s):
    """s as a JSON string of printable ASCII only."""
    return '"' + _ESCAPE_ASCII.sub(_escape, s) + '"'


class JSONEncoder:
    """Encodes Python values as JSON text; see the module docstring for the
    mapping.  Subclasses override default(o) to encode other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """The JSON-encodable stand-in for o; this one refuses everything."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """o as a JSON document (a str)."""
        if isinstance(o, str):
            return self._string(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """The chunks of o's JSON text, in order."""
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _Walk(self, indent, chunks).value(o, 0)
        return iter(chunks)

    def _string(self, s):
        return encode_basestring_ascii(s) if self.ensure_ascii else encode_basestring(s)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant")
        return text


class _Walk:
    """One encoding: appends the chunks of a value, tracking the containers
    being encoded (by id) when check_circular is on."""

    def __init__(self, enc, indent, out):
        self.enc = enc
        self.indent = indent
        self.out = out
        self.markers = {} if enc.check_circular else None

    def value(self, o, level):
        enc = self.enc
        if isinstance(o, str):
            self.out.append(enc._string(o))
        elif o is None:
            self.out.append('null')
        elif o is True:
            self.out.append('true')
        elif o is False:
            self.out.append('false')
        elif isinstance(o, int):
            self.out.append(int.__repr__(o))
        elif isinstance(o, float):
            self.out.append(enc._float(o))
        elif isinstance(o, (list, tuple)):
            self._container(o, level, self._list)
        elif isinstance(o, dict):
            self._container(o, level, self._dict)
        else:
            self._container(o, level, self._default)

    def _container(self, o, level, encode):
        if self.markers is None:
            encode(o, level)
            return
        key = id(o)
        if key in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[key] = o
        encode(o, level)
        del self.markers[key]

    def _default(self, o, level):
        self.value(self.enc.default(o), level)

    def _open(self, bracket, level):
        """Append the opening bracket; the separator between items."""
        if self.indent is None:
            self.out.append(bracket)
            return self.enc.item_separator
        newline = '\n' + self.indent * (level + 1)
        self.out.append(bracket + newline)
        return self.enc.item_separator + newline

    def _close(self, bracket, level):
        if self.indent is not None:
            bracket = '\n' + self.indent * level + bracket
        self.out.append(bracket)

    def _list(self, lst, level):
        if not lst:
            self.out.append('[]')
            return
        sep = self._open('[', level)
        for i, item in enumerate(lst):
            if i:
                self.out.append(sep)
            self.value(item, level + 1)
        self._close(']', level)

    def _key(self, key):
        """key as a JSON object key's text, or None to skip it."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.enc._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _dict(self, dct, level):
        if not dct:
            self.out.append('{}')
            return
        sep = self._open('{', level)
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            text = self._key(key)
            if text is None:
                continue
            if not first:
                self.out.append(sep)
            first = False
            self.out.append(self.enc._string(text) + self.enc.key_separator)
            self.value(value, level + 1)
        self._close('}', level)
