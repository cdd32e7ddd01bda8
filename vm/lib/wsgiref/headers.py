"""wsgiref.headers: a WSGI response's header list, read and changed as a
case-insensitive mapping while keeping order and repeats."""

import re

# Characters that force a parameter value into quotes.
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _formatparam(param, value=None, quote=1):
    """param=value for a header parameter, the value quoted when asked or needed."""
    if value is None or len(value) == 0:
        return param
    if quote or tspecials.search(value):
        return '%s="%s"' % (param, value.replace('\\', '\\\\').replace('"', r'\"'))
    return '%s=%s' % (param, value)


class Headers:
    """Wraps a list of (name, value) pairs; changes go to that list."""

    def __init__(self, headers=None):
        headers = headers if headers is not None else []
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = headers
        if __debug__:
            for name, value in headers:
                self._convert_string_type(name)
                self._convert_string_type(value)

    def _convert_string_type(self, value):
        if type(value) is str:
            return value
        raise AssertionError("Header names/values must be of type str (got {0})".format(repr(value)))

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, val):
        """Replace every header called name by one."""
        del self[name]
        self._headers.append((self._convert_string_type(name), self._convert_string_type(val)))

    def __delitem__(self, name):
        name = self._convert_string_type(name.lower())
        self._headers[:] = [kv for kv in self._headers if kv[0].lower() != name]

    def __getitem__(self, name):
        """The first value of name, or None."""
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        """Every value of name, in order."""
        name = self._convert_string_type(name.lower())
        return [v for k, v in self._headers if k.lower() == name]

    def get(self, name, default=None):
        name = self._convert_string_type(name.lower())
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return default

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self._headers)

    def __str__(self):
        """The headers as sent: one CRLF-ended line each, then a blank line."""
        return ''.join('%s: %s\r\n' % kv for kv in self._headers) + '\r\n'

    def __bytes__(self):
        return str(self).encode('iso-8859-1')

    def setdefault(self, name, value):
        """name's first value; if it has none, add name: value and return value."""
        result = self.get(name)
        if result is not None:
            return result
        self._headers.append((self._convert_string_type(name), self._convert_string_type(value)))
        return value

    def add_header(self, _name, _value, **_params):
        """Add a header with parameters: add_header('Content-Disposition',
        'attachment', filename='x.txt'); '_' in a parameter name becomes
        '-', and a parameter whose value is None is written bare."""
        parts = []
        if _value is not None:
            parts.append(self._convert_string_type(_value))
        for k, v in _params.items():
            k = self._convert_string_type(k.replace('_', '-'))
            parts.append(k if v is None else _formatparam(k, self._convert_string_type(v)))
        self._headers.append((self._convert_string_type(_name), "; ".join(parts)))
