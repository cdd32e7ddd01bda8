"""gettext for gilvm: message catalogs as CPython 3.8's module reads them.

A catalog is a GNU .mo file: a header (magic, revision, count, the offsets
of two tables), a table of original strings and one of their translations,
each entry a (length, offset) pair.  A plural entry's original is
'singular\\0plural' and its translation the forms joined by NULs; a
context is 'context\\x04message'.  The empty message's translation is the
metadata, whose Plural-Forms gives the C expression choosing a form for n:
it is parsed here into a Python function, never passed to eval.

find() looks for LOCALEDIR/LANG/LC_MESSAGES/DOMAIN.mo for each language
in LANGUAGE, LC_ALL, LC_MESSAGES, LANG (in that order, stopping at 'C'),
trying each with its encoding and modifier dropped as glibc does."""

import copy
import errno
import os
import struct
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'find', 'translation', 'install',
           'textdomain', 'bindtextdomain', 'dgettext', 'dngettext', 'gettext', 'ngettext',
           'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---- Plural-Forms: a C expression of n, parsed into a function ----

def _tokens(text):
    i, out = 0, []
    while i < len(text):
        c = text[i]
        if c in ' \t\n':
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            out.append(int(text[i:j]))
            i = j
        elif text[i:i + 2] in ('||', '&&', '==', '!=', '<=', '>='):
            out.append(text[i:i + 2])
            i += 2
        elif c in 'n?:<>+-*/%!()':
            out.append(c)
            i += 1
        else:
            raise ValueError('invalid token in plural form: %s' % c)
    return out


# binary operators by precedence, loosest first, as C binds them
_LEVELS = (('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%'))
_APPLY = {
    '||': lambda a, b: int(bool(a or b)), '&&': lambda a, b: int(bool(a and b)),
    '==': lambda a, b: int(a == b), '!=': lambda a, b: int(a != b),
    '<': lambda a, b: int(a < b), '>': lambda a, b: int(a > b),
    '<=': lambda a, b: int(a <= b), '>=': lambda a, b: int(a >= b),
    '+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b,
    '/': lambda a, b: _cdiv(a, b), '%': lambda a, b: _cmod(a, b),
}


def _cdiv(a, b):
    if b == 0:
        raise ZeroDivisionError('integer division or modulo by zero')
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _cmod(a, b):
    return a - b * _cdiv(a, b)


class _PluralParser:
    """Recursive descent over the tokens; each rule returns a function of n."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, want=None):
        tok = self.peek()
        if tok is None or (want is not None and tok != want):
            raise ValueError('unbalanced parenthesis in plural form' if want == ')'
                             else 'invalid plural form')
        self.pos += 1
        return tok

    def conditional(self):
        test = self.binary(0)
        if self.peek() != '?':
            return test
        self.take('?')
        yes = self.conditional()
        self.take(':')
        no = self.conditional()
        return lambda n: yes(n) if test(n) else no(n)

    def binary(self, level):
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _LEVELS[level]:
            op = _APPLY[self.take()]
            right = self.binary(level + 1)
            left = (lambda f, l, r: lambda n: f(l(n), r(n)))(op, left, right)
        return left

    def unary(self):
        tok = self.take()
        if tok == '!':
            inner = self.unary()
            return lambda n: int(not inner(n))
        if tok == '-':
            inner = self.unary()
            return lambda n: -inner(n)
        if tok == '(':
            inner = self.conditional()
            self.take(')')
            return inner
        if tok == 'n':
            return lambda n: n
        if isinstance(tok, int):
            return lambda n: tok
        raise ValueError('invalid plural form')


def c2py(plural):
    """The form index for n, as the C expression plural computes it."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    parser = _PluralParser(_tokens(plural))
    expr = parser.conditional()
    if parser.peek() is not None:
        raise ValueError('invalid plural form')

    def func(n):
        if isinstance(n, float) and n.is_integer():
            n = int(n)
        if not isinstance(n, int):
            raise TypeError('Plural value must be an integer, got %s' % type(n).__name__)
        return expr(n)
    return func


# ---- catalogs ----

class NullTranslations:
    """No catalog: every message is itself (the plural by n != 1), unless
    a fallback added with add_fallback knows it."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        return self._fallback.gettext(message) if self._fallback else message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        return self._fallback.pgettext(context, message) if self._fallback else message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """gettext as builtins._, and the names given ('ngettext', ...) too."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        for name in names or ():
            if name in ('gettext', 'ngettext', 'pgettext', 'npgettext'):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """The messages of a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'
    VERSIONS = (0, 1)

    def _parse(self, fp):
        data = fp.read()
        name = getattr(fp, 'name', '')
        magic = struct.unpack('<I', data[:4])[0] if len(data) >= 4 else 0
        order = '<' if magic == self.LE_MAGIC else '>' if magic == self.BE_MAGIC else None
        if order is None:
            raise OSError(0, 'Bad magic number', name)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        if version >> 16 not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(version >> 16), name)
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        for i in range(count):
            olen, ooff = struct.unpack_from(order + '2I', data, originals + 8 * i)
            tlen, toff = struct.unpack_from(order + '2I', data, translations + 8 * i)
            if ooff + olen > len(data) or toff + tlen > len(data):
                raise OSError(0, 'File is corrupt', name)
            msg, tmsg = data[ooff:ooff + olen], data[toff:toff + tlen]
            if olen == 0:
                self._read_metadata(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                singular = msg.split(b'\x00')[0].decode(charset)
                for form, text in enumerate(tmsg.split(b'\x00')):
                    catalog[(singular, form)] = text.decode(charset)
            else:
                catalog[msg.decode(charset)] = tmsg.decode(charset)

    def _read_metadata(self, header):
        last = None
        for line in header.decode('ascii', 'replace').split('\n'):
            line = line.strip()
            if not line:
                continue
            if ':' in line:
                key, value = line.split(':', 1)
                last = key.strip().lower()
                self._info[last] = value.strip()
            elif last:
                self._info[last] += '\n' + line
            if last == 'content-type' and 'charset=' in self._info[last]:
                self._charset = self._info[last].split('charset=')[1].split(';')[0].strip()
            elif last == 'plural-forms':
                plural = self._info[last].split(';')[1].split('plural=')[1]
                self.plural = c2py(plural)

    def gettext(self, message):
        found = self._catalog.get(message)
        if found is None:
            return super().gettext(message)
        return found

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)))
        if found is None:
            return super().ngettext(msgid1, msgid2, n)
        return found

    def pgettext(self, context, message):
        found = self._catalog.get(self.CONTEXT % (context, message))
        if found is None:
            return super().pgettext(context, message)
        return found

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._catalog.get((self.CONTEXT % (context, msgid1), self.plural(n)))
        if found is None:
            return super().npgettext(context, msgid1, msgid2, n)
        return found


# ---- finding catalogs ----

def _variants(language):
    """language, then the names glibc would also try, most specific first:
    'de_DE.UTF-8@euro' tries every subset of its territory, encoding and
    modifier, ending at plain 'de'."""
    rest, _, modifier = language.partition('@')
    rest, _, codeset = rest.partition('.')
    base, _, territory = rest.partition('_')
    parts = (('_' + territory) if territory else '', ('.' + codeset) if codeset else '',
             ('@' + modifier) if modifier else '')
    bits = (2, 1, 4)                        # territory, codeset, modifier: glibc's order
    names = []
    for keep in range(7, -1, -1):
        if any(keep & bits[i] and not parts[i] for i in range(3)):
            continue
        name = base + ''.join(parts[i] for i in range(3) if keep & bits[i])
        if name not in names:
            names.append(name)
    return names


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of domain for the first language that has one (all:
    every one found, in order), or None / []."""
    localedir = localedir or _default_localedir
    if languages is None:
        languages = []
        for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(var)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    names = []
    for language in languages:
        for name in _variants(language):
            if name not in names:
                names.append(name)
    found = []
    for name in names:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalogs of domain chained by language; with none, a
    NullTranslations if fallback, else FileNotFoundError."""
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        raise FileNotFoundError(errno.ENOENT, 'No translation file found for domain', domain)
    result = None
    for path in paths:
        key = (class_ or GNUTranslations, os.path.abspath(path))
        t = _translations.get(key)
        if t is None:
            with open(path, 'rb') as fp:
                t = _translations.setdefault(key, (class_ or GNUTranslations)(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, names=None):
    translation(domain, localedir, fallback=True).install(names)


# ---- the global domain ----

_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return t.gettext(message) if t else message


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    return t.ngettext(msgid1, msgid2, n) if t else (msgid1 if n == 1 else msgid2)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return t.pgettext(context, message) if t else message


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    return t.npgettext(context, msgid1, msgid2, n) if t else (msgid1 if n == 1 else msgid2)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
