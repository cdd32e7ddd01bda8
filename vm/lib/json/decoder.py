"""json.decoder for gilvm: JSONDecoder and JSONDecodeError.

The scanner follows the grammar of RFC 8259 plus NaN, Infinity and
-Infinity, and reports an error at the same position, with the same
message, as CPython's C scanner (the one python3 uses)."""

import re

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """A JSON document that does not parse: msg, at index pos of doc."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_NUMBER = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?')
_PLAIN = re.compile(r'[^"\\\x00-\x1f]*')
_WS = re.compile(r'[ \t\n\r]*')
# Fast paths, one regex call each: a string without escapes, an object key
# with its colon and the blanks around them, a comma between items.
# Anything they do not match goes the long way, which words the errors.
_STR = re.compile('"(%s)"' % _PLAIN.pattern)
_KEY = re.compile('{ws}"({plain})"{ws}:{ws}'.format(ws=_WS.pattern, plain=_PLAIN.pattern))
_COMMA = re.compile('{ws},{ws}'.format(ws=_WS.pattern))
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = frozenset('0123456789abcdefABCDEF')


def _hex4(s, i):
    """The value of the 4 hex digits at s[i:i+4], or -1."""
    digits = s[i:i + 4]
    if len(digits) != 4 or not all(c in _HEX for c in digits):
        return -1
    return int(digits, 16)


def _unicode_escape(s, u):
    """s[u] is the 'u' of a \\u escape: (the character, index past it)."""
    c = _hex4(s, u + 1) if u + 5 < len(s) else -1
    if c < 0:
        raise JSONDecodeError("Invalid \\uXXXX escape", s, u)
    end = u + 5
    if 0xd800 <= c <= 0xdbff and end + 6 < len(s) and s[end:end + 2] == '\\u':
        low = _hex4(s, end + 2)
        if low < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
        if 0xdc00 <= low <= 0xdfff:
            return chr(0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00)), end + 6
    return chr(c), end


def scanstring(s, end, strict=True):
    """The string whose opening quote is at s[end - 1]: (str, index past its closing quote)."""
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        stop = _PLAIN.match(s, end).end()
        if stop > end:
            chunks.append(s[end:stop])
        end = stop
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[end]
        if c == '"':
            return ''.join(chunks), end + 1
        if c != '\\':
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end)
            chunks.append(c)
            end += 1
            continue
        if end + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end + 1]
        if esc == 'u':
            c, end = _unicode_escape(s, end + 1)
            chunks.append(c)
        elif esc in _ESCAPES:
            chunks.append(_ESCAPES[esc])
            end += 2
        else:
            raise JSONDecodeError("Invalid \\escape", s, end)


def _skip(s, i):
    return _WS.match(s, i).end()


def _after_item(s, idx, close):
    """After an object's or array's element: (the index of `close`, True) at
    its end, else (the next element's index past the comma, False)."""
    idx = _skip(s, idx)
    if s.startswith(close, idx):
        return idx, True
    if not s.startswith(',', idx):
        raise JSONDecodeError("Expecting ',' delimiter", s, idx)
    return _skip(s, idx + 1), False


class _Scanner:
    """scan_once(s, idx) -> (value, end); StopIteration(idx) when no value starts at idx."""

    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def __call__(self, s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return self.scan_once(s, idx)

    def scan_once(self, s, idx):
        if idx >= len(s):
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            m = _STR.match(s, idx)
            if m is not None:
                return m.group(1), m.end()
            return scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        m = _NUMBER.match(s, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                return self.parse_float(integer + (frac or '') + (exp or '')), m.end()
            return self.parse_int(integer), m.end()
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, idx):
                return self.parse_constant(name), idx + len(name)
        raise StopIteration(idx)

    def _key(self, s, idx):
        """The key at idx and the index of its value, the long way."""
        if not s.startswith('"', idx):
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
        key, idx = scanstring(s, idx + 1, self.strict)
        idx = _skip(s, idx)
        if not s.startswith(':', idx):
            raise JSONDecodeError("Expecting ':' delimiter", s, idx)
        return key, _skip(s, idx + 1)

    def _object(self, s, idx):
        pairs = []
        scan = self.scan_once
        idx = _skip(s, idx)
        if not s.startswith('}', idx):
            while True:
                m = _KEY.match(s, idx)
                if m is not None:
                    key, idx = m.group(1), m.end()
                else:
                    key, idx = self._key(s, idx)
                value, idx = scan(s, idx)
                pairs.append((key, value))
                m = _COMMA.match(s, idx)
                if m is not None:
                    idx = m.end()
                    continue
                idx, done = _after_item(s, idx, '}')
                if done:
                    break
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        obj = dict(pairs)
        if self.object_hook is not None:
            obj = self.object_hook(obj)
        return obj, idx + 1

    def _array(self, s, idx):
        values = []
        idx = _skip(s, idx)
        if not s.startswith(']', idx):
            scan = self.scan_once
            while True:
                value, idx = scan(s, idx)
                values.append(value)
                m = _COMMA.match(s, idx)
                if m is not None:
                    idx = m.end()
                    continue
                idx, done = _after_item(s, idx, ']')
                if done:
                    break
        return values, idx + 1


class JSONDecoder:
    """Decodes JSON text: objects to dicts (or the hooks' results), arrays
    to lists, strings to str, numbers to int/float (or parse_int/parse_float),
    NaN/Infinity/-Infinity through parse_constant.  strict=False lets control
    characters stand inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.scan_once = _Scanner(self)

    def decode(self, s):
        """The object of the whole document s (whitespace may surround it)."""
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(object, end) of the document starting at s[idx]; text after it is left."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
