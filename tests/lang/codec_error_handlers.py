# The codecs' error handlers: the built-in ones on each side, and handlers
# added with codecs.register_error, called with the error and obeyed.
import codecs


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


LO, HI = chr(0xdc80), chr(0xdcff)
text = 'a\xe9\u20ac\U0001f600' + LO + 'z'
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'cp1252']:
    for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
              'namereplace', 'surrogateescape', 'surrogatepass']:
        print(enc, h, end=' ')
        show(lambda: text.encode(enc, h))

# surrogateescape: undecodable bytes become U+DC80..U+DCFF and back again
raw = b'caf\xe9 \xff\x80 ok'
s = raw.decode('utf-8', 'surrogateescape')
print(ascii(s), len(s), s.encode('utf-8', 'surrogateescape') == raw)
print(ascii(raw.decode('ascii', 'surrogateescape')))
show(lambda: ('a' + HI).encode('ascii', 'surrogateescape'))
show(lambda: ('a' + chr(0xdc7f)).encode('latin-1', 'surrogateescape'))
show(lambda: b'a\xff'.decode('utf-8', 'namereplace'))

# surrogatepass: lone surrogates through the UTF codecs
for enc in ['utf-8', 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be']:
    b = ('x' + chr(0xd800) + LO).encode(enc, 'surrogatepass')
    print(enc, b, ascii(b.decode(enc, 'surrogatepass')))
show(lambda: b'\xed\xa0\x80'.decode('utf-8'))
show(lambda: ('a' + LO).encode('latin-1', 'surrogatepass'))

# decoding handlers
for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    show(lambda: b'ok\xc3(\xff\xe2\x82'.decode('utf-8', h))
show(lambda: b'a\xffb'.decode('ascii', 'nosuch'))
print(b'clean'.decode('ascii', 'nosuch'))


# registered handlers
def tag(e):
    what = e.object[e.start:e.end]
    return ('<%s %s %d:%d>' % (type(e).__name__, e.reason, e.start, e.end), e.end)


codecs.register_error('test.tag', tag)
print('x\xe9\xe8y\u20acz'.encode('ascii', 'test.tag'))
print('x\u20acy'.encode('cp1252', 'test.tag'), 'x\u0100y'.encode('cp1252', 'test.tag'))
print(b'x\xff\xfey'.decode('utf-8', 'test.tag'))
print(b'x\x81y'.decode('cp1252', 'test.tag'))
print(codecs.lookup_error('test.tag') is tag)

codecs.register_error('test.bytes', lambda e: (b'#' * (e.end - e.start), e.end))
print('a\xe9\xe9b'.encode('ascii', 'test.bytes'))
codecs.register_error('test.back', lambda e: ('', -2))
print(b'abc\xffde'.decode('ascii', 'test.back'))
codecs.register_error('test.skip', lambda e: ('?', e.end + 1))
print(b'a\xffbc'.decode('ascii', 'test.skip'), 'a\xe9bc'.encode('latin-1', 'test.skip'), 'a\u20acbc'.encode('latin-1', 'test.skip'))
codecs.register_error('test.far', lambda e: ('x', 100))
show(lambda: b'a\xff'.decode('ascii', 'test.far'))
codecs.register_error('test.bad', lambda e: 'nope')
show(lambda: 'a\xe9'.encode('ascii', 'test.bad'))
show(lambda: b'a\xff'.decode('ascii', 'test.bad'))
codecs.register_error('test.unenc', lambda e: ('\xe9', e.end))
show(lambda: 'a\u20ac'.encode('ascii', 'test.unenc'))


def boom(e):
    raise KeyError('from handler')


codecs.register_error('test.boom', boom)
show(lambda: b'\xff'.decode('utf-8', 'test.boom'))
show(lambda: codecs.register_error('test.x', 3))
show(lambda: codecs.register_error(3, tag))
show(lambda: codecs.lookup_error('test.none'))

# the built-in handlers as functions
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
             'namereplace', 'surrogateescape', 'surrogatepass']:
    f = codecs.lookup_error(name)
    print(name, f.__name__, end=' ')
    show(lambda: f(UnicodeEncodeError('utf-8', 'a\xe9' + LO, 1, 3, 'why')))
    show(lambda: f(UnicodeDecodeError('utf-8', b'a\xe9\xff', 1, 3, 'why')))
print(codecs.replace_errors is codecs.lookup_error('replace'))
show(lambda: codecs.strict_errors(3))
show(lambda: codecs.ignore_errors(ValueError('x')))
