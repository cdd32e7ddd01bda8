"""tomllib: a TOML 1.0 reader (loads, load, TOMLDecodeError)."""

import datetime as _dt
import re as _re

__all__ = ["loads", "load", "TOMLDecodeError"]


class TOMLDecodeError(ValueError):
    pass


_BARE_KEY = _re.compile(r"[A-Za-z0-9_-]+")
_DIGITS = r"[0-9](?:_?[0-9])*"
_NUMBER = _re.compile(
    r"0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*|0b[01](?:_?[01])*"
    r"|(?P<dec>[+-]?(?:0|[1-9](?:_?[0-9])*)(?P<frac>\." + _DIGITS
    + r")?(?P<exp>[eE][+-]?" + _DIGITS + r")?)")
_SPECIAL_FLOAT = _re.compile(r"[+-]?(?:inf|nan)")
_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]+))?"
_DATETIME = _re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")
_LOCAL_TIME = _re.compile(_TIME)
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r",
            '"': '"', "\\": "\\"}
_WS = " \t"

# What a table or array may still be used for (the kinds of TOML's rules).
_HEADER = "header"      # declared by a [table] header
_DOTTED = "dotted"      # created by a dotted key; tagged with its section
_FROZEN = "frozen"      # an inline table or a static array: complete
_AOT = "aot"            # an array of tables, grown by [[headers]]


def _bad_char(c):
    """Whether c may not appear raw in a string or comment."""
    return (c < " " and c != "\t") or c == "\x7f"


def _micro(frac):
    return int((frac or "0")[:6].ljust(6, "0"))


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        self.parse_float = parse_float
        self.kinds = {}
        self.section = 0

    # -- errors and low-level scanning
    def error(self, msg, pos=None):
        pos = self.pos if pos is None else pos
        src = self.src
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos - src.rfind("\n", 0, pos)
            where = "line %d, column %d" % (line, col)
        return TOMLDecodeError("%s (at %s)" % (msg, where))

    def peek(self, n=1):
        return self.src[self.pos:self.pos + n]

    def skip_ws(self):
        src, n = self.src, len(self.src)
        while self.pos < n and src[self.pos] in _WS:
            self.pos += 1

    def skip_comment(self):
        if self.peek() != "#":
            return
        src, n = self.src, len(self.src)
        self.pos += 1
        while self.pos < n and src[self.pos] != "\n":
            if _bad_char(src[self.pos]):
                raise self.error("Found invalid character %r" % src[self.pos])
            self.pos += 1

    def skip_blank(self):
        """Whitespace, newlines and comments (inside arrays)."""
        while True:
            self.skip_ws()
            self.skip_comment()
            if self.peek() != "\n":
                return
            self.pos += 1

    # -- the document
    def parse(self):
        self.root = {}
        self.header = ()
        self.table = self.root
        src = self.src
        while self.pos < len(src):
            self.skip_ws()
            c = self.peek()
            if c == "[":
                self.parse_header()
            elif c and (c in "\"'" or _BARE_KEY.match(c)):
                self.parse_pair()
            elif c not in ("", "#", "\n"):
                raise self.error("Invalid statement")
            self.skip_ws()
            self.skip_comment()
            if self.pos < len(src):
                if src[self.pos] != "\n":
                    raise self.error(
                        "Expected newline or end of document after a statement")
                self.pos += 1
        return self.root

    def parse_header(self):
        """[table] or [[array of tables]]: the name is checked before the
        closing brackets are."""
        aot = self.peek(2) == "[["
        self.pos += 2 if aot else 1
        self.skip_ws()
        key = self.parse_key()
        self.section += 1
        self.header = key
        self.table = self.open_header(key, aot, self.pos)
        close = "]]" if aot else "]"
        if self.peek(len(close)) != close:
            if aot:
                raise self.error("Expected ']]' at the end of an array declaration")
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += len(close)

    def open_header(self, key, aot, pos):
        table = self.root
        for i, part in enumerate(key):
            last = i == len(key) - 1
            node = table.get(part)
            if self.kinds.get(id(node)) == _FROZEN:
                if aot:
                    raise self.error("Cannot mutate immutable namespace %r" % (key,), pos)
                raise self.error("Cannot declare %r twice" % (key,), pos)
            if last:
                return self.close_header(table, part, key, aot, pos)
            if node is None:
                node = table[part] = {}
            elif isinstance(node, list) and self.kinds.get(id(node)) == _AOT:
                node = node[-1]
            elif not isinstance(node, dict):
                raise self.error("Cannot overwrite a value", pos)
            table = node
        return table

    def close_header(self, table, part, key, aot, pos):
        node = table.get(part)
        if aot:
            if node is None:
                node = table[part] = []
                self.kinds[id(node)] = _AOT
            elif self.kinds.get(id(node)) != _AOT:
                raise self.error("Cannot overwrite a value", pos)
            new = {}
            node.append(new)
            return new
        if node is None:
            node = table[part] = {}
        elif not isinstance(node, dict):
            if isinstance(node, list):
                raise self.error("Cannot declare %r twice" % (key,), pos)
            raise self.error("Cannot overwrite a value", pos)
        elif id(node) in self.kinds:
            raise self.error("Cannot declare %r twice" % (key,), pos)
        self.kinds[id(node)] = _HEADER
        return node

    def parse_pair(self):
        key, value = self.parse_key_value()
        table = self.table
        parent = self.header + key[:-1]
        for part in key[:-1]:
            node = table.get(part)
            if node is None:
                node = table[part] = {}
                self.kinds[id(node)] = (_DOTTED, self.section)
            kind = self.kinds.get(id(node))
            if kind == _FROZEN:
                raise self.error("Cannot mutate immutable namespace %r" % (parent,))
            if not isinstance(node, dict):
                raise self.error("Cannot overwrite a value")
            if kind == _HEADER or (kind and kind != (_DOTTED, self.section)):
                raise self.error("Cannot redefine namespace %r" % (parent,))
            self.kinds[id(node)] = (_DOTTED, self.section)
            table = node
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        table[key[-1]] = value

    def parse_key_value(self):
        key = self.parse_key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip_ws()
        return key, self.parse_value()

    # -- keys
    def parse_key(self):
        parts = [self.parse_key_part()]
        self.skip_ws()
        while self.peek() == ".":
            self.pos += 1
            self.skip_ws()
            parts.append(self.parse_key_part())
            self.skip_ws()
        return tuple(parts)

    def parse_key_part(self):
        c = self.peek()
        if c == '"':
            return self.parse_basic_string()
        if c == "'":
            return self.parse_literal_string()
        m = _BARE_KEY.match(self.src, self.pos)
        if not m:
            raise self.error("Invalid initial character for a key part")
        self.pos = m.end()
        return m.group()

    # -- values
    def parse_value(self):
        c = self.peek()
        if c == '"':
            if self.peek(3) == '"""':
                return self.parse_ml_string('"""', True)
            return self.parse_basic_string()
        if c == "'":
            if self.peek(3) == "'''":
                return self.parse_ml_string("'''", False)
            return self.parse_literal_string()
        if c == "[":
            return self.parse_array()
        if c == "{":
            return self.parse_inline_table()
        for word, value in (("true", True), ("false", False)):
            if self.src.startswith(word, self.pos):
                self.pos += len(word)
                return value
        if c.isdigit():
            value = self.parse_datetime()
            if value is not None:
                return value
        return self.parse_number()

    def parse_datetime(self):
        m = _DATETIME.match(self.src, self.pos)
        if m:
            return self.make_datetime(m)
        m = _LOCAL_TIME.match(self.src, self.pos)
        if m:
            self.pos = m.end()
            h, mi, s, frac = m.groups()
            return _dt.time(int(h), int(mi), int(s), _micro(frac))
        return None

    def make_datetime(self, m):
        y, mo, d, h, mi, s, frac, z, sign, oh, om = m.groups()
        try:
            if h is None:
                value = _dt.date(int(y), int(mo), int(d))
            else:
                tz = None
                if z:
                    tz = _dt.timezone.utc
                elif sign:
                    off = _dt.timedelta(hours=int(oh), minutes=int(om))
                    tz = _dt.timezone(-off if sign == "-" else off)
                value = _dt.datetime(int(y), int(mo), int(d), int(h), int(mi),
                                     int(s), _micro(frac), tzinfo=tz)
        except ValueError:
            raise self.error("Invalid date or datetime") from None
        self.pos = m.end()
        return value

    def parse_number(self):
        m = _SPECIAL_FLOAT.match(self.src, self.pos)
        if m:
            self.pos = m.end()
            return self.make_float(m.group())
        m = _NUMBER.match(self.src, self.pos)
        if not m:
            raise self.error("Invalid value")
        self.pos = m.end()
        if m.group("frac") or m.group("exp"):
            return self.make_float(m.group())
        text = m.group().replace("_", "")
        if m.group("dec"):
            return int(text)
        return int(text[2:], {"x": 16, "o": 8, "b": 2}[text[1]])

    def make_float(self, text):
        value = self.parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value

    def parse_array(self):
        self.pos += 1
        items = []
        self.kinds[id(items)] = _FROZEN
        self.skip_blank()
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.parse_value())
            self.skip_blank()
            c = self.peek()
            if c == "]":
                self.pos += 1
                return items
            if c != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_blank()
            if self.peek() == "]":
                self.pos += 1
                return items

    def parse_inline_table(self):
        self.pos += 1
        table = {}
        made = set()   # ids of the tables the dotted keys here created
        self.skip_ws()
        if self.peek() == "}":
            self.pos += 1
            self.kinds[id(table)] = _FROZEN
            return table
        while True:
            key, value = self.parse_key_value()
            self.inline_set(table, made, key, value)
            self.skip_ws()
            c = self.peek()
            if c == "}":
                self.pos += 1
                self.kinds[id(table)] = _FROZEN
                return table
            if c != ",":
                raise self.error("Unclosed inline table")
            self.pos += 1
            self.skip_ws()

    def inline_set(self, table, made, key, value):
        for part in key[:-1]:
            node = table.get(part)
            if node is None:
                node = table[part] = {}
                made.add(id(node))
            elif id(node) not in made:
                if isinstance(node, (dict, list)):
                    raise self.error("Cannot mutate immutable namespace %r" % (key,))
                raise self.error("Cannot overwrite a value")
            table = node
        if key[-1] in table:
            raise self.error("Duplicate inline table key %r" % (key[-1],))
        table[key[-1]] = value

    # -- strings
    def parse_literal_string(self):
        self.pos += 1
        text = self.literal_text("'")
        self.pos += 1
        return text

    def literal_text(self, delim):
        """The text up to delim, which is found first; pos is left on it."""
        src = self.src
        end = src.find(delim, self.pos)
        if end < 0:
            raise self.error('Expected "%s"' % delim, len(src))
        for i in range(self.pos, end):
            c = src[i]
            if _bad_char(c) and not (c == "\n" and len(delim) == 3):
                raise self.error("Found invalid character %r" % c, i)
        text, self.pos = src[self.pos:end], end
        return text

    def parse_basic_string(self):
        self.pos += 1
        out = []
        src, n = self.src, len(self.src)
        while True:
            if self.pos >= n:
                raise self.error("Unterminated string")
            c = src[self.pos]
            if c == '"':
                self.pos += 1
                return "".join(out)
            if c == "\\":
                out.append(self.parse_escape())
                continue
            if _bad_char(c):
                raise self.error("Illegal character %r" % c)
            out.append(c)
            self.pos += 1

    def parse_escape(self):
        src = self.src
        kind = src[self.pos + 1:self.pos + 2]
        self.pos += 2
        if kind in ("u", "U"):
            width = 4 if kind == "u" else 8
            digits = src[self.pos:self.pos + width]
            if len(digits) != width or not all(
                    d in "0123456789abcdefABCDEF" for d in digits):
                raise self.error("Invalid hex value")
            self.pos += width
            code = int(digits, 16)
            if 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
                raise self.error("Escaped character is not a Unicode scalar value")
            return chr(code)
        if kind not in _ESCAPES:
            raise self.error("Unescaped '\\' in a string")
        return _ESCAPES[kind]

    def parse_ml_string(self, delim, basic):
        self.pos += 3
        if self.peek() == "\n":
            self.pos += 1
        out = self.basic_ml_text() if basic else [self.literal_text(delim)]
        return self.close_ml_string(delim, out)

    def basic_ml_text(self):
        """The pieces of a multi-line basic string; pos is left on the \"\"\"."""
        out = []
        src, n = self.src, len(self.src)
        while not src.startswith('"""', self.pos):
            if self.pos >= n:
                raise self.error("Unterminated string")
            c = src[self.pos]
            if c == "\\":
                out.append(self.parse_ml_escape())
                continue
            if c != "\n" and _bad_char(c):
                raise self.error("Illegal character %r" % c)
            out.append(c)
            self.pos += 1
        return out

    def close_ml_string(self, delim, out):
        """Up to two quotes just before the closing three belong to the text."""
        self.pos += 3
        for _ in range(2):
            if self.peek() == delim[0]:
                out.append(delim[0])
                self.pos += 1
        return "".join(out)

    def parse_ml_escape(self):
        """A backslash before whitespace must end its line, and swallows the
        whitespace and newlines that follow."""
        src, n = self.src, len(self.src)
        end = self.pos + 1
        if src[end:end + 1] not in (" ", "\t", "\n"):
            return self.parse_escape()
        while end < n and src[end] in _WS:
            end += 1
        if src[end:end + 1] != "\n":
            raise self.error("Unescaped '\\' in a string", end)
        while end < n and src[end] in " \t\n":
            end += 1
        self.pos = end
        return ""


def loads(s, /, *, parse_float=float):
    """Parse a TOML document from a str into a dict."""
    src = s.replace("\r\n", "\n")
    return _Parser(src, parse_float).parse()


def load(fp, /, *, parse_float=float):
    """Parse a TOML document from a binary file."""
    data = fp.read()
    if not isinstance(data, bytes):
        raise TypeError("File must be opened in binary mode, "
                        "e.g. use `open('foo.toml', 'rb')`")
    return loads(data.decode(), parse_float=parse_float)
