"""urllib.parse for gilvm: splitting, joining and quoting URLs.

urlsplit cuts a URL into scheme, netloc, path, query and fragment;
urlparse also cuts ';params' off the last path segment.  urljoin resolves
a reference against a base, removing '.' and '..' segments the way
python3 does (RFC 3986 section 5, with python3's leniencies).  quote()
writes the bytes of encoded text as %XX escapes, unquote() reads them
back; parse_qs/parse_qsl/urlencode read and write form-encoded queries.

The splitting functions take bytes as well as str: bytes are decoded as
ASCII, split as text, and the pieces encoded again (SplitResultBytes...).

Differences from CPython: gilvm has no unicodedata or ipaddress module,
so the NFKC check on a non-ASCII netloc uses a fixed table of the
characters whose NFKC form holds one of '/?#@:', and a bracketed host is
checked by a small parser that accepts what ipaddress.ip_address accepts.
urlsplit keeps no cache (clear_cache does nothing), and the deprecated
split*() helpers and to_bytes are absent."""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes whose URLs may be relative (urljoin resolves them), that carry
# a '//netloc', and that carry ';params' -- python3's lists, item for item.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
# Kept for programs that read them; nothing here consults them.
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# WHATWG strips C0 controls and space from both ends of a URL; python3
# strips them from the front only (and from both ends of the scheme).
_C0_CONTROL_OR_SPACE = ''.join([chr(i) for i in range(0x21)])
# Tab and newlines are dropped wherever they stand, as browsers do.
_UNSAFE_URL_CHARS = ('\t', '\r', '\n')

# The non-ASCII characters whose NFKC form contains '/', '?', '#', '@'
# or ':' (worked out once with python3's unicodedata).  A netloc holding
# one would change its meaning when a later step normalizes it.
_NFKC_DELIMITERS = frozenset([
    '\u2047', '\u2048', '\u2049', '\u2100', '\u2101', '\u2105', '\u2106',
    '\u2a74', '\ufe13', '\ufe16', '\ufe55', '\ufe56', '\ufe5f', '\ufe6b',
    '\uff03', '\uff0f', '\uff1a', '\uff1f', '\uff20'])


def clear_cache():
    """Does nothing: gilvm's urlsplit keeps no cache to clear."""


# -- str and bytes ---------------------------------------------------------

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """args as str, plus the function that turns a str result back into
    the caller's type.  The first argument decides the type; a later one
    of the other type is an error unless it is empty (the defaults are
    str, and must not stop a bytes call)."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return tuple([x.decode('ascii', 'strict') if x else '' for x in args]) + (_encode_result,)


def _lit(like, text):
    """text as the same type as `like` (str or bytes)."""
    return text if isinstance(like, str) else text.encode('ascii')


# gilvm's bytes have no partition/rpartition, so both types go through these.
def _partition(s, sep):
    i = s.find(sep)
    if i < 0:
        return s, s[:0], s[:0]
    return s[:i], sep, s[i + len(sep):]


def _rpartition(s, sep):
    i = s.rfind(sep)
    if i < 0:
        return s[:0], s[:0], s
    return s[:i], sep, s[i + len(sep):]


# -- result types ----------------------------------------------------------

class _ResultMixinStr(object):
    """encode() for the str results: the same fields as bytes."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[x.encode(encoding, errors) for x in self])


class _ResultMixinBytes(object):
    """decode() for the bytes results: the same fields as str."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[x.decode(encoding, errors) for x in self])


class _NetlocResultMixinBase(object):
    """The parts of the netloc '[user[:password]@]host[:port]' by name."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        hostname = self._hostinfo[0]
        if not hostname:
            return None
        # An IPv6 zone id ('%eth0') keeps its case; the address is folded.
        host, percent, zone = _partition(hostname, _lit(hostname, '%'))
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        # Only ASCII digits: int() would also take signs, spaces, '_'
        # and other scripts' digits.
        digits = port if isinstance(port, str) else port.decode('latin-1')
        if not digits or digits.strip('0123456789'):
            raise ValueError("Port could not be cast to integer value as %r" % (port,))
        port = int(digits)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    @property
    def _userinfo(self):
        netloc = self.netloc
        userinfo, have_info, _ = _rpartition(netloc, _lit(netloc, '@'))
        if not have_info:
            return None, None
        username, have_password, password = _partition(userinfo, _lit(netloc, ':'))
        if not have_password:
            password = None
        return username, password

    @property
    def _hostinfo(self):
        netloc = self.netloc
        _, _, hostinfo = _rpartition(netloc, _lit(netloc, '@'))
        _, have_open_br, bracketed = _partition(hostinfo, _lit(netloc, '['))
        if have_open_br:
            hostname, _, port = _partition(bracketed, _lit(netloc, ']'))
            _, _, port = _partition(port, _lit(netloc, ':'))
        else:
            hostname, _, port = _partition(hostinfo, _lit(netloc, ':'))
        if not port:
            port = None
        return hostname, port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()


ResultBase = _NetlocResultMixinStr    # python3 keeps this old name too

_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragResultBase, _ResultMixinStr):
    """urldefrag()'s result: the URL without its fragment, and the fragment."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    """urlsplit()'s result."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    """urlparse()'s result."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    """urldefrag()'s result for bytes."""
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    """urlsplit()'s result for bytes."""
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    """urlparse()'s result for bytes."""
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _pair(str_type, bytes_type):
    str_type._encoded_counterpart = bytes_type
    bytes_type._decoded_counterpart = str_type


_pair(DefragResult, DefragResultBytes)
_pair(SplitResult, SplitResultBytes)
_pair(ParseResult, ParseResultBytes)


# -- checking a netloc -----------------------------------------------------

def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    for c in netloc:
        if c in _NFKC_DELIMITERS:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


def _is_ipv4(s):
    """Dotted quad as ipaddress reads it: four decimal octets <= 255,
    no leading zeros."""
    octets = s.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not octet or len(octet) > 3 or octet.strip('0123456789'):
            return False
        if len(octet) > 1 and octet[0] == '0':
            return False
        if int(octet) > 255:
            return False
    return True


def _is_hextet(s):
    return 0 < len(s) <= 4 and _HEX_DIGITS.issuperset(s)


def _is_ipv6(s):
    """An IPv6 address, with an optional '%zone', as ipaddress reads it:
    eight hextets, or fewer with one '::' standing for at least one zero
    hextet; the last two may be written as a dotted quad."""
    s, percent, zone = s.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    parts = s.split(':')
    if len(parts) < 3:
        return False
    if '.' in parts[-1]:
        if not _is_ipv4(parts[-1]):
            return False
        parts[-1:] = ['0', '0']    # stands for two hextets
    if len(parts) > 9:
        return False
    gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(gaps) > 1:
        return False
    if gaps:
        # '::' may only begin or end the address with its own two colons.
        head = parts[:gaps[0]]
        tail = parts[gaps[0] + 1:]
        if not parts[0]:
            if head != ['']:
                return False
            head = []
        if not parts[-1]:
            if tail != ['']:
                return False
            tail = []
        if len(head) + len(tail) > 7:
            return False
        parts = head + tail
    elif len(parts) != 8:
        return False
    for part in parts:
        if not _is_hextet(part):
            return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        # IPvFuture: 'v', hex digits, '.', anything.
        version, dot, rest = host[1:].partition('.')
        if not version or not _HEX_DIGITS.issuperset(version) or not dot or not rest:
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


# -- splitting and joining -------------------------------------------------

def _splitnetloc(url, start=0):
    """The netloc starting at `start` runs to the first '/', '?' or '#'."""
    end = len(url)
    for c in '/?#':
        i = url.find(c, start)
        if 0 <= i < end:
            end = i
    return url[start:end], url[end:]


def _splitparams(url):
    """Cuts ';params' off the last path segment."""
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, query, fragment).

    `scheme` is the scheme to report when the URL names none.  Nothing is
    unquoted, and ';params' stay in the path."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_URL_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return coerce(SplitResult(scheme, netloc, url, query, fragment))


def urlparse(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, params, query, fragment).

    As urlsplit, but for the schemes in uses_params the last path segment's
    ';params' come out on their own."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    return coerce(ParseResult(scheme, netloc, url, params, query, fragment))


def urlunsplit(components):
    """Puts a urlsplit() 5-tuple back together.  The URL may differ from
    the one split if that had empty parts (a lone '?' or '#')."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Puts a urlparse() 6-tuple back together."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def _remove_dot_segments(base_path, path):
    """The path of `path` resolved against `base_path`, both already split
    off their URLs, as python3 resolves it."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Merge: the base without its last segment, then the reference.
        # Empty segments inside the merge are dropped (python3 does so;
        # RFC 3986 would keep them).
        base = base_path.split('/')
        if base[-1] != '':
            del base[-1]
        segments = base + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = []
    for seg in segments:
        if seg == '..':
            if resolved:
                resolved.pop()
        elif seg != '.':
            resolved.append(seg)
    if segments[-1] in ('.', '..'):
        resolved.append('')    # a trailing dot segment leaves a directory
    return '/'.join(resolved) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolves the reference `url` against the absolute URL `base`."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = \
        urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = \
        urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path, params = bpath, bparams
        if not query:
            query = bquery
        return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
    path = _remove_dot_segments(bpath, path)
    return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))


def urldefrag(url):
    """Splits the fragment off a URL: DefragResult(url, fragment)."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return coerce(DefragResult(defrag, frag))


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# -- unquoting -------------------------------------------------------------

_HEXDIG = '0123456789ABCDEFabcdef'
_hextobyte = None


def _hex_table():
    """b'4a' -> b'J' for every pair of hex digits, in either case; built
    on first use."""
    global _hextobyte
    if _hextobyte is None:
        table = {}
        for a in _HEXDIG:
            for b in _HEXDIG:
                table[(a + b).encode('ascii')] = bytes([int(a + b, 16)])
        _hextobyte = table
    return _hextobyte


def unquote_to_bytes(string):
    """'abc%20def' -> b'abc def'.  A '%' not followed by two hex digits
    stays as it is; str input is encoded as UTF-8 first."""
    if not string:
        string.split    # a wrong type fails here, as in python3
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    table = _hex_table()
    res = [bits[0]]
    for item in bits[1:]:
        byte = table.get(item[:2])
        if byte is None:
            res.append(b'%')
            res.append(item)
        else:
            res.append(byte)
            res.append(item[2:])
    return b''.join(res)


_ASCII_RUN = re.compile('([\\x00-\\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replaces %xx escapes by the characters they encode.

    Each run of ASCII characters is unquoted to bytes and decoded on its
    own; characters outside ASCII are kept as they are."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split    # a wrong type fails here, as in python3
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    if string.isascii():
        return unquote_to_bytes(string).decode(encoding, errors)
    bits = _ASCII_RUN.split(string)
    res = [bits[0]]
    for i in range(1, len(bits), 2):
        res.append(unquote_to_bytes(bits[i]).decode(encoding, errors))
        res.append(bits[i + 1])
    return ''.join(res)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """As unquote, and '+' is a space (form encoding)."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


# -- quoting ---------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)

# safe bytes -> a 256-entry list mapping each byte to its text.
_quoters = {}


def _quoter_table(safe):
    table = _quoters.get(safe)
    if table is None:
        ok = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in ok else '%%%02X' % b for b in range(256)]
        if len(_quoters) >= 64:    # callers rarely vary `safe`; stay small
            _quoters.clear()
        _quoters[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """b'abc def?' -> 'abc%20def%3f': every byte but letters, digits,
    '_.-~' and those in `safe` (ASCII only) becomes %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    table = _quoter_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Quotes a path (or other URL part): the text is encoded (UTF-8,
    strict, unless told) and its bytes quoted as quote_from_bytes does.
    `encoding` and `errors` are for str only."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """As quote, but a space becomes '+' (form encoding) and '/' is not
    safe unless named."""
    if isinstance(string, str):
        has_space = ' ' in string
    elif isinstance(string, bytes):
        has_space = b' ' in string
    else:
        has_space = True    # let quote() report the wrong type
    if not has_space:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    string = quote(string, safe + space, encoding, errors)
    return string.replace(' ', '+')


# -- query strings ---------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """'a=1&b=x+y' -> [('a', '1'), ('b', 'x y')].

    Fields with no value are dropped unless keep_blank_values; with
    strict_parsing a field without '=' is a ValueError.  More fields than
    max_num_fields is a ValueError too."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')    # a name with no '=' has an empty value
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((coerce(name), coerce(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """'a=1&b=2&a=3' -> {'a': ['1', '3'], 'b': ['2']}; the arguments are
    parse_qsl's."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def _quote_item(item, safe, encoding, errors, quote_via):
    if isinstance(item, bytes):
        return quote_via(item, safe)
    return quote_via(str(item), safe, encoding, errors)


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """A mapping or a sequence of pairs -> 'k1=v1&k2=v2', each part quoted
    by quote_via (quote_plus unless told).  With doseq a value that is a
    sequence (not str or bytes) gives one 'k=v' per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        # str is a sequence too, but not one of pairs: reject it here.
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err
    out = []
    for k, v in query:
        k = _quote_item(k, safe, encoding, errors, quote_via)
        if doseq and isinstance(v, str):
            # python3 passes a str value as it is here (no str() call, which
            # a str subclass may override).
            out.append(k + '=' + quote_via(v, safe, encoding, errors))
            continue
        if not doseq or isinstance(v, bytes):
            out.append(k + '=' + _quote_item(v, safe, encoding, errors, quote_via))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + _quote_item(v, safe, encoding, errors, quote_via))
            continue
        for elt in v:
            out.append(k + '=' + _quote_item(elt, safe, encoding, errors, quote_via))
    return '&'.join(out)
