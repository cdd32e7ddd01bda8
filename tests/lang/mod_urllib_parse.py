# urllib.parse: urlsplit/urlparse over a table of URLs (IPv6 hosts,
# userinfo, ports, empty parts, ';params', fragments, bytes), urljoin over
# RFC 3986 section 5.4's normal and abnormal examples, urldefrag, the
# quoting functions over non-ASCII text and every byte, query strings both
# ways, the scheme lists, and the errors.
import urllib
import urllib.parse
from urllib.parse import (urlparse, urlunparse, urlsplit, urlunsplit, urljoin,
                          urldefrag, parse_qs, parse_qsl, urlencode, quote,
                          quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, ParseResult, SplitResult,
                          DefragResult, ParseResultBytes, SplitResultBytes)


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def show_parts(r):
    for name in ('hostname', 'port', 'username', 'password'):
        try:
            v = getattr(r, name)
        except ValueError as e:
            v = 'ValueError: %s' % e
        print('   ', name, repr(v))


urls = [
    'http://www.python.org/',
    'HTTP://www.Python.ORG:80/a/b.html?x=1&y=2#frag',
    'https://user:pass@example.com:8443/path;params?query#fragment',
    'https://user@example.com/',
    'https://user:@example.com/',
    'https://:pw@example.com/',
    'https://a@b@example.com/',
    'http://[::1]:8080/index.html',
    'http://[2001:db8::7]/c=GB?objectClass?one',
    'http://[fe80::1%25eth0]/',
    'http://[fe80::1%eth0]:443/',
    'http://[::FFFF:129.144.52.38]:80/index.html',
    'http://[v1.fe80::a+en1]/',
    'http://Host.Example.COM',
    'http://host:/',
    'http://host:0/',
    'http://host:65535/',
    'http://host:65536/',
    'http://host:-1/',
    'http://host:abc/',
    'http://host: 80/',
    'http://host:+80/',
    'http://host:08/',
    'http:',
    'http:/',
    'http://',
    'http:///path',
    '//netloc/only',
    '///triple',
    '',
    '?q',
    '#f',
    ';p',
    'path/only',
    '/abs/path;a;b;c',
    '/a;x/b;y',
    'a;b/c',
    'mailto:user@example.com',
    'news:comp.lang.python',
    'tel:+1-816-555-1212;ext=1',
    'file:///etc/passwd',
    'file://localhost/etc/fstab',
    'svn+ssh://svn.example.org/repo',
    'git+ssh://git@github.com/x/y.git',
    'ftp://ftp.is.co.za/rfc/rfc1808.txt',
    'ldap://[2001:db8::7]/c=GB?objectClass?one',
    'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
    'path:80',
    'localhost:8080',
    '1http://x/',
    'a+b-c.d://x/',
    'a_b://x/',
    'http://x/?',
    'http://x/#',
    'http://x/?#',
    'http://x/a?b#c?d#e',
    'http://x/a#b?c',
    '  \x00\x1f http://x/ y',
    'ht\ttp://x\r/\ny',
    'http://ex\u00e4mple.org/\u00fcber',
    'http://x/%7Euser/%20a',
    'HtTp://X',
]
for u in urls:
    for f in (urlsplit, urlparse):
        try:
            r = f(u)
        except ValueError as e:
            print(repr(u), f.__name__, 'ValueError', e)
            continue
        print(repr(u), '->', r)
        print('   ', repr(r.geturl()), repr(urlunsplit(r) if f is urlsplit else urlunparse(r)))
        show_parts(r)

print('-- no fragments, default scheme')
print(urlsplit('http://x/a#b', allow_fragments=False))
print(urlparse('http://x/a;p?q#b', allow_fragments=False))
print(urlsplit('//x/y', scheme='https'), urlsplit('x/y', 'FTP'), urlsplit('Gopher://x', 'ftp'))
print(urlparse('/p;q', scheme='mailto'), urlparse('//h/p;q', scheme='http'))

print('-- bytes')
for u in [b'http://user:pw@Host:81/p;x?q=1#f', b'//h', b'', b'x']:
    for f in (urlsplit, urlparse):
        r = f(u)
        print(u, '->', r, r.geturl(), r.hostname, r.port, r.username, r.password)
        print('   ', r.decode(), type(r.decode()).__name__)
r = urlsplit('http://h/x').encode()
print(type(r).__name__, r, r.decode(), type(urlparse('h').encode('utf-8')).__name__)
print(urlsplit(b'http://[::1]:3/').hostname, urlsplit(b'http://h:x/').netloc)
attempt('bytes bad port', lambda: urlsplit(b'http://h:x/').port)
attempt('bytes range', lambda: urlsplit(b'http://h:70000/').port)
print(urlparse(bytearray(b'http://h/')), urlsplit(b'x', scheme=''), urlsplit('x', scheme=b''.decode()))
print(urlparse(None))

print('-- result types')
r = urlparse('http://a/b;c?d#e')
print(isinstance(r, tuple), isinstance(r, ParseResult), len(r), r[1], r.netloc, r._fields)
print(r._replace(fragment='z').geturl(), r == ('http', 'a', '/b', 'c', 'd', 'e'))
s = SplitResult('http', 'h:1', '/', 'q', '')
print(s, s.geturl(), s.port, SplitResult._make(['a', 'b', 'c', 'd', 'e']).geturl())
print(ParseResult('', '', 'p', 'x', '', '').geturl(), ParseResultBytes(b'a', b'', b'p', b'', b'', b'').geturl())
print(SplitResultBytes(b'http', b'u@h', b'', b'', b'f').geturl(), SplitResultBytes(b'', b'', b'', b'', b'').hostname)
print(type(urlsplit('x')).__name__, type(urlparse(b'x')).__name__, type(urldefrag(b'x')).__name__)
print(urlsplit('http://:80/').hostname, urlsplit('http://@/').username, urlsplit('http://[::1]x/').port)
print(urlsplit('http://a[::1]/').hostname, urlsplit('http://[FE80::A%EtH0]/').hostname)

print('-- urlunsplit / urlunparse')
for parts in [('http', 'h', 'p', 'q', 'f'), ('http', '', 'p', '', ''), ('http', '', '//p', '', ''),
              ('', '', '//p', '', ''), ('', 'h', '', '', ''), ('mailto', '', 'a@b', '', ''),
              ('abc', '', 'x', '', ''), ('file', '', '/etc', '', ''), ('', '', '', '', ''),
              ('http', None, '/x', None, None), ('', '', 'a:b', '', '')]:
    print(parts, repr(urlunsplit(parts)))
print(repr(urlunparse(('http', 'h', '/p', 'a;b', 'q', 'f'))), repr(urlunparse(('', '', '', 'x', '', ''))))
print(urlunsplit((b'http', b'h', b'/p', b'', b'')), urlunparse([b'', b'', b'p', b'x', b'', b'']))
attempt('mixed unsplit', lambda: urlunsplit(('http', b'h', '', '', '')))
attempt('short unsplit', lambda: urlunsplit(('http', 'h', '')))

print('-- urljoin: RFC 3986 5.4')
base = 'http://a/b/c/d;p?q'
normal = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x',
          'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g']
abnormal = ['../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g',
            './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
            'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http:?y',
            'http:#s', 'http://a/../g', '//a/./g', 'g//h', 'g/..//h', './/g', '/../../g/..']
for ref in normal + abnormal:
    print('%-16r %r' % (ref, urljoin(base, ref)))
for b, ref in [('http://a/b/c/', 'd'), ('http://a/b/c', '../../../..'), ('http://a', 'b'),
               ('http://a/', '?x'), ('http://a/b', '#f'), ('http://a/b?q#f', ''),
               ('ftp://a/b/', 'c'), ('mailto:a@b', 'c'), ('foo://a/b/c', 'd'),
               ('http://a/b/', 'https://c/d'), ('http://a/b/', 'https:d'),
               ('', 'x'), ('http://a/b', None), ('svn+ssh://h/r/t', '../u'),
               ('file:///a/b', 'c'), ('http://a/b//c/', '../d'), ('http://a/b', '//c'),
               ('https://a/b;p', ';q'), ('http://a/b', 'g;x?y#s')]:
    print(repr(b), repr(ref), repr(urljoin(b, ref)))
print(urljoin(b'http://a/b/c/d;p?q', b'../g'), urljoin(b'http://a/', b''), urljoin(b'', 'x'))
print(urljoin('http://a/b#f', 'c#g', allow_fragments=False))
attempt('mixed join', lambda: urljoin('http://a/', b'x'))

print('-- urldefrag')
for u in ['http://a/b#c', 'http://a/b', 'http://a/b#', 'http://a/b?q#f#g', '#only', b'http://a/b#c', b'x']:
    d = urldefrag(u)
    print(repr(u), d, d.url, d.fragment, d.geturl())
print(DefragResult('u', '').geturl(), urldefrag('http://a/b;p?q#f').encode())

print('-- errors')
bad = ['http://[::1/', 'http://::1]/', 'http://[::1x]/', 'http://[1.2.3.4]/', 'http://[v1x]/',
       'http://[v.x]/', 'http://[vg.x]/', 'http://[v1.]/', 'http://[]/', 'http://[:::]/',
       'http://[1::2::3]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1:2:3:4:5:6:7]/',
       'http://[1:2:3:4:5:6:7::]/', 'http://[::1:2:3:4:5:6:7]/', 'http://[1:2:3:4:5:6:7::8]/',
       'http://[12345::]/', 'http://[:1::]/', 'http://[1::2:]/', 'http://[::1.2.3.04]/',
       'http://[::1.2.3]/', 'http://[::256.1.1.1]/', 'http://[1:2:3:4:5:6:1.2.3.4]/',
       'http://[1:2:3:4:5:6:7:1.2.3.4]/', 'http://[fe80::%]/', 'http://[fe80::%a%b]/',
       'http://[g::]/', 'http://[::]/', 'http://[::ffff:1.2.3.4%z]/', 'http://[1.2.3.4%z]/',
       'http://a\u2100b/', 'http://a\uff03b/', "http://x'\uff0f/", 'http://\uff21/',
       'http://u\uff20h/', 'http://a\u00e9:\u2047/']
for u in bad:
    attempt(repr(u), lambda: urlsplit(u))
attempt('mix', lambda: urlsplit(b'x', 'http'))
attempt('mix2', lambda: urlparse('x', b'http'))
attempt('int', lambda: urlparse(5))
attempt('non-ascii bytes', lambda: urlsplit(b'http://\xff/'))

print('-- quote')
texts = ['', 'abc', 'a b', 'a+b', '/path/to file', '~user', '\u00e9t\u00e9', '\u65e5\u672c',
         '\U0001f600', 'a&b=c;d', '100%', "!*'();:@&=+$,/?#[]"]
for t in texts:
    print(repr(t), quote(t), quote(t, safe=''), quote_plus(t), quote_plus(t, safe='/+'))
print(quote('\u00e9', encoding='latin-1'), quote('\u00e9\u20ac', encoding='ascii', errors='replace'),
      quote('a\u00e9b', encoding='ascii', errors='ignore'), quote('a\u00e9', errors='xmlcharrefreplace'))
print(quote('a b/\u00e9', safe='\u00e9 '), quote(b'a b', safe=b' /'), quote(b'\xe9\x00', safe=bytearray(b'\xe9')))
print(quote_plus(b'a b+c'), quote_plus(b'ab'), quote_plus('a b', safe=b'x'.decode()), quote_plus(b'a b', safe=b'/'))
allbytes = bytes(range(256))
q = quote_from_bytes(allbytes)
print(q)
print(quote_from_bytes(allbytes, safe=''))
print(quote_from_bytes(allbytes, safe=" !\"$&'()*+,:;=@[]\x80\xff"))
print(quote_plus(allbytes))
print(unquote_to_bytes(q) == allbytes, unquote_to_bytes(q.lower()) == allbytes)
print(unquote(q, encoding='latin-1') == allbytes.decode('latin-1'), unquote_plus(quote_plus(allbytes), 'latin-1') == allbytes.decode('latin-1'))
print(quote_from_bytes(b''), quote_from_bytes(bytearray(b'a/b c')), repr(quote_from_bytes(b'abc')))
s = ''.join([chr(i) for i in range(0x20, 0x250)])
print(unquote(quote(s)) == s, unquote_plus(quote_plus(s)) == s, unquote(quote(s, safe='')) == s)
attempt('quote int', lambda: quote(5))
attempt('quote None', lambda: quote(None))
attempt('quote bytes enc', lambda: quote(b'x', encoding='utf-8'))
attempt('quote bytes err', lambda: quote(b'x', errors='strict'))
attempt('quote ascii', lambda: quote('\u00e9', encoding='ascii'))
attempt('qfb str', lambda: quote_from_bytes('abc'))
attempt('quote_plus list', lambda: quote_plus([1]))
attempt('quote safe None', lambda: quote('a', safe=None))

print('-- unquote')
for t in ['', 'abc', '%41%42%43', '%e9', '%C3%A9', '%c3%a9t%C3%A9', '%', '%%', '%4', '%4g', '%%41',
          '%G1', 'a%2', '100%25', '%E6%97%A5%E6%9C%AC', '%F0%9F%98%80', '%C3', '%C3\u00e9%A9',
          '\u00e9%41\u00e9', 'a+b%20c', '%2B', '%FF%FE', '%80abc', '\u65e5%E6%97%A5', '%e6%97']:
    print(repr(t), repr(unquote(t)), repr(unquote_plus(t)), unquote_to_bytes(t))
print(repr(unquote('%E9t%E9', encoding='latin-1')), repr(unquote('%FFx', errors='ignore')),
      repr(unquote('%C3%A9', encoding=None, errors=None)), repr(unquote(b'%C3%A9+x')),
      repr(unquote(b'%e9', 'latin-1')), repr(unquote_plus('%2B+', encoding='ascii')))
print(unquote_to_bytes(b'%41%2'), unquote_to_bytes(bytearray(b'ab')), unquote_to_bytes(b''), unquote_to_bytes('\u00e9%41'))
attempt('unquote strict', lambda: unquote('%FF', errors='strict'))
attempt('unquote None', lambda: unquote(None))
attempt('unquote int', lambda: unquote(5))
attempt('utb bytearray', lambda: unquote_to_bytes(bytearray(b'a%20b')))
attempt('utb None', lambda: unquote_to_bytes(None))
attempt('utb int', lambda: unquote_to_bytes(5))
attempt('unquote_plus bytes', lambda: unquote_plus(b'a+b'))

print('-- parse_qs / parse_qsl')
for qs in ['a=1&b=2', 'a=1&a=2&b=', 'a&b=&c=3', '&&a=1&&', 'a=1=2', '=x', 'a+b=c+d%20e',
           'a=%C3%A9', 'a=%E9', 'a=1;b=2', '', 'k=%ZZ', 'x=%2B+%26']:
    print(repr(qs), parse_qsl(qs), parse_qsl(qs, keep_blank_values=True), parse_qs(qs),
          parse_qs(qs, True))
print(parse_qsl('a=1;b=2', separator=';'), parse_qs('a=1;;b=2;a=3', separator=';'),
      parse_qsl('a=1::b=2', separator='::'))
print(parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%FF', errors='ignore'))
print(parse_qsl(b'a=1&b=x+y'), parse_qs(b'a=1&a=2'), parse_qsl(b'a=1;b=2', separator=b';'),
      parse_qsl('a=1;b=2', separator=b';'), parse_qsl(None), parse_qsl(b''))
print(parse_qsl('a=1&b=2', max_num_fields=2), parse_qsl('', max_num_fields=0))
attempt('max fields', lambda: parse_qsl('a=1&b=2&c=3', max_num_fields=2))
attempt('max fields 0', lambda: parse_qsl('a', max_num_fields=0))
attempt('strict', lambda: parse_qsl('a=1&b', strict_parsing=True))
attempt('strict empty', lambda: parse_qsl('a=1&&b=2', strict_parsing=True))
attempt('strict trailing', lambda: parse_qs('a=1&', strict_parsing=True))
attempt('strict ok', lambda: parse_qs('a=1&b=', strict_parsing=True, keep_blank_values=True))
attempt('sep None', lambda: parse_qsl('a=1', separator=None))
attempt('sep empty', lambda: parse_qsl('a=1', separator=''))
attempt('sep int', lambda: parse_qsl('a=1', separator=5))
attempt('bytes non-ascii', lambda: parse_qsl(b'a=\xff'))
attempt('bytes escaped', lambda: parse_qsl(b'a=%C3%A9'))

print('-- urlencode')
print(urlencode({'a': 1, 'b': 'x y', 'c': '\u00e9', 'd': b'\xff z', b'k k': None}))
print(urlencode([('a', [1, 2]), ('b', ('x', 'y')), ('c', 'str'), ('d', 5), ('e', b'by'), ('f', []), ('g', {'k': 1})]))
print(urlencode([('a', [1, 2]), ('b', ('x', 'y')), ('c', 'str'), ('d', 5), ('e', b'by'), ('f', []), ('g', [b'p q', '\u00e9'])], doseq=True))
print(urlencode({'p': '/a b+c'}, safe='/'), urlencode({'p': '/a b+c'}, quote_via=quote),
      urlencode({'p': '/a b'}, safe='/', quote_via=quote))
print(urlencode({'e': '\u00e9'}, encoding='latin-1'), urlencode({'e': '\u00e9\u20ac'}, encoding='ascii', errors='replace'),
      urlencode([('e', ['\u00e9'])], True, encoding='latin-1'))
print(repr(urlencode([])), repr(urlencode({})), repr(urlencode(())), urlencode((('a', 'b'),)))
print(urlencode({'a': '1&2=3', 'b': '#?'}), parse_qs(urlencode({'a': '1&2=3', 'b': '#? +'})))
attempt('encode str', lambda: urlencode('abc'))
attempt('encode list', lambda: urlencode(['ab']))
attempt('encode int', lambda: urlencode(5))
attempt('encode triple', lambda: urlencode([('a', 'b', 'c')]))
attempt('encode ascii', lambda: urlencode({'a': '\u00e9'}, encoding='ascii'))
try:
    urlencode('abc')
except TypeError as e:
    print('cause', type(e.__cause__).__name__)

print('-- round trips')
for u in ['http://u:p@h:1/a/b;c?d=e&f#g', 'https://[::1]:443/', 'ftp://h/%20x', '//h/p', 'p?q#f',
          'mailto:x@y', 'http://h/?', 'http://h/#', 'a:b:c', 'file:///tmp/x']:
    print(repr(u), repr(urlunsplit(urlsplit(u))), repr(urlunparse(urlparse(u))),
          urlsplit(urlunsplit(urlsplit(u))) == urlsplit(u))

print('-- lists and names')
print(urllib.parse.uses_relative)
print(urllib.parse.uses_netloc)
print(urllib.parse.uses_params)
print(urllib.parse.non_hierarchical)
print(urllib.parse.uses_query)
print(urllib.parse.uses_fragment)
print(urllib.parse.scheme_chars)
print(urllib.parse.__all__)
print(urllib.parse.unwrap('<URL:http://a/b>'), urllib.parse.unwrap(' <http://x> '), urllib.parse.unwrap('URL: y'))
print(type(urllib).__name__, urllib.parse.__name__)
