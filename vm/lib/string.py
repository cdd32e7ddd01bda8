"""string for gilvm: the character-class constants, capwords(), Template
and Formatter.

Formatter parses format strings in Python (gilvm has no _string module):
parse() and the field-name splitting follow str.format's grammar and its
error messages, so a subclass sees the same pieces as under CPython.
Template's pattern is built when a subclass is defined, from its
delimiter, idpattern, braceidpattern and flags, unless it sets pattern."""

import re as _re

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Each word capitalized; words split by sep (or runs of whitespace,
    then joined by one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


class _Overlay:
    """Keyword arguments looked up before the mapping, as a ChainMap would
    (gilvm's collections has none); the mapping is read only on a miss."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


_NO_MAPPING = {}


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a dollar."""

    delimiter = '$'
    # ASCII only: with IGNORECASE a Unicode [a-z] would also take letters
    # like the Kelvin sign
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            delim = _re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or ident
            source = (r'%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))'
                      % (delim, delim, ident, braced))
        cls.pattern = _re.compile(source, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        at = mo.start('invalid')
        # lines as splitlines() sees them, so \r and \f end one too
        lines = self.template[:at].splitlines(True) or ['x']
        line, col = len(lines), len(lines[-1])
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template with each placeholder replaced from mapping and
        kws (kws first); KeyError for a name in neither."""
        mapping = _mapping_of(mapping, kws)

        def convert(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                return str(mapping[name])
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                self._invalid(mo)
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """As substitute(), but a missing name or a bad placeholder is left
        as it stands."""
        mapping = _mapping_of(mapping, kws)

        def convert(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                try:
                    return str(mapping[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                return mo.group()
            raise self._unrecognized()
        return self.pattern.sub(convert, self.template)

    def is_valid(self):
        """False if the template has a placeholder substitute() rejects."""
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        """The placeholder names, each once, in order of first use."""
        names = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in names:
                    names.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise self._unrecognized()
        return names


Template._compile_pattern()


def _mapping_of(mapping, kws):
    if mapping is _NO_MAPPING:
        return kws
    if kws:
        return _Overlay(kws, mapping)
    return mapping


class Formatter:
    """str.format's machinery in overridable steps: parse the string, look
    each field up (get_field, get_value), convert it (convert_field) and
    format it (format_field)."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth, auto_index=0):
        """The formatted string and the next automatic index (False once a
        field was numbered by hand); depth bounds nested format specs."""
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                field_name = str(auto_index)
                auto_index += 1
            elif field_name.isdigit():
                if auto_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field numbering')
                auto_index = False
            obj, key = self.get_field(field_name, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conversion)
            spec, auto_index = self._vformat(spec, args, kwargs, used, depth - 1, auto_index)
            out.append(self.format_field(obj, spec))
        return ''.join(out), auto_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """A hook: a subclass may reject arguments no field used."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each
        field, as str.format reads them; a trailing literal comes with
        None for the other three."""
        return _parse(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field names, and the argument key it started from."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first


def _parse(s):
    pos, end = 0, len(s)
    while pos < end:
        literal, pos, opened = _scan_literal(s, pos)
        if not opened:
            if literal:
                yield (literal, None, None, None)
            continue
        name, conversion, spec, pos = _scan_field(s, pos)
        yield (literal, name, spec, conversion)


def _scan_literal(s, pos):
    """The literal text from pos, where the scan stopped, and whether it
    stopped at a field's opening brace (a doubled brace ends the text)."""
    end = len(s)
    start = pos
    while pos < end:
        c = s[pos]
        if c == '{' or c == '}':
            doubled = pos + 1 < end and s[pos + 1] == c
            if doubled:
                return s[start:pos + 1], pos + 2, False
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if pos + 1 == end:
                raise ValueError("Single '{' encountered in format string")
            return s[start:pos], pos + 1, True
        pos += 1
    return s[start:pos], pos, False


def _scan_field(s, pos):
    """Field name, conversion, spec and the position after the field whose
    opening brace came just before pos."""
    end = len(s)
    start = pos
    while True:
        if pos >= end:
            raise ValueError("expected '}' before end of string")
        c = s[pos]
        if c == '[':
            pos = s.find(']', pos)
            if pos < 0:
                raise ValueError("expected '}' before end of string")
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c in '}:!':
            break
        pos += 1
    name = s[start:pos]
    conversion = None
    if c == '!':
        if pos + 1 >= end:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = s[pos + 1]
        pos += 2
        if pos >= end:
            raise ValueError("unmatched '{' in format spec")
        c = s[pos]
        if c not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if c == '}':
        return name, conversion, '', pos + 1
    spec_start = pos + 1
    depth = 1
    pos = spec_start
    while pos < end:
        if s[pos] == '{':
            depth += 1
        elif s[pos] == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, s[spec_start:pos], pos + 1
        pos += 1
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """The first part of a field name (an int if all digits) and a list of
    (is_attribute, key) for the .attr and [key] parts after it."""
    pos, end = 0, len(name)
    while pos < end and name[pos] not in '.[':
        pos += 1
    first = _index_or_name(name[:pos])
    rest = []
    while pos < end:
        c = name[pos]
        pos += 1
        if c == '.':
            stop = pos
            while stop < end and name[stop] not in '.[':
                stop += 1
            key = name[pos:stop]
        elif c == '[':
            stop = name.find(']', pos)
            if stop < 0:
                raise ValueError("Missing ']' in format string")
            key = name[pos:stop]
            stop += 1
            if stop < end and name[stop] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError('Empty attribute in format string')
        rest.append((c == '.', key if c == '.' else _index_or_name(key)))
        pos = stop
    return first, rest


def _index_or_name(text):
    if text.isdigit():
        return int(text)
    return text
