# codecs: lookup and its CodecInfo, encode/decode with error handlers,
# the incremental UTF-8 decoder across split characters, iterencode and
# iterdecode, codecs.open, the BOM constants and python3's error messages.
import codecs
import os
import tempfile

for name in ['utf8', 'UTF-8', 'utf_8', 'latin1', 'L1', 'ISO-8859-1', 'ascii', 'US-ASCII']:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, tuple), len(info), info[0] is info.encode)

info = codecs.lookup('utf-8')
print(info.encode('hé'), info.decode(b'h\xc3\xa9'))
print(info.decode(b'\xc3\xa9\xc3', 'ignore'), info.decode(bytearray(b'ab')))
print(codecs.getencoder('latin-1')('é'), codecs.getdecoder('ascii')(b'abc'))

print(codecs.encode('hé'), codecs.decode(b'h\xc3\xa9'))
print(codecs.encode('é€', 'latin-1', 'replace'), codecs.encode('é€', 'ascii', 'ignore'))
print(codecs.encode('é€', 'ascii', 'backslashreplace'), codecs.encode('é€', 'ascii', 'xmlcharrefreplace'))
print(repr(codecs.decode(b'a\xffb', 'utf-8', 'replace')), codecs.decode(b'\xe9', 'latin-1'))
print(codecs.decode(memoryview(b'mv')), codecs.encode(obj='kw', encoding='ascii'))


def show(fn, *args):
    try:
        print(repr(fn(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(codecs.lookup, 'nope')
show(codecs.lookup, 3)
show(codecs.encode, 'x', 'no-such-codec')
show(codecs.decode, b'x', 'no-such-codec')
show(codecs.encode, b'x')
show(codecs.encode, b'x', 'latin1')
show(codecs.decode, 'x', 'ASCII')
show(codecs.encode, 'é', 'ascii')
show(codecs.decode, b'\xff', 'utf-8')
show(codecs.encode, 'é', 'ascii', 'bogus')
show(info.encode, b'x')
show(info.decode, 'x')
show(codecs.getencoder, 'nope')

dec = codecs.getincrementaldecoder('utf-8')()
print(dec.errors, repr(dec.decode(b'a\xe2')), dec.getstate())
print(repr(dec.decode(b'\x82')), dec.getstate())
print(repr(dec.decode(b'\xac!')), dec.getstate())
print(repr(dec.decode(b'\xf0\x9f')), repr(dec.decode(b'\x98')), repr(dec.decode(b'\x80', final=True)))
dec.decode(b'\xc3')
show(dec.decode, b'', True)
dec.reset()
print(dec.getstate())
dec.decode(b'\xc3')
show(dec.decode, b'x')
rep = codecs.getincrementaldecoder('utf-8')('replace')
print(repr(rep.decode(b'\xc3')), repr(rep.decode(b'', final=True)))
print(repr(codecs.getincrementaldecoder('latin-1')().decode(b'\xc3')))
enc = codecs.getincrementalencoder('utf-8')()
print(enc.encode('é'), enc.encode('', True))

chunks = [b'\xe2', b'\x82', b'\xacx', b'', b'y\xc3', b'\xa9']
print(list(codecs.iterdecode(chunks, 'utf-8')))
print(list(codecs.iterencode(['a', '', 'é'], 'utf-8')))
print(list(codecs.iterdecode([b'\xc3'], 'utf-8', 'replace')))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)

with tempfile.TemporaryDirectory() as top:
    path = os.path.join(top, 'text.txt')
    with codecs.open(path, 'w', encoding='latin-1') as f:
        f.write('café\r\nline 2\n')
    with open(path, 'rb') as f:
        print(f.read())
    with codecs.open(path, encoding='latin-1') as f:
        print(repr(f.read()))
    with codecs.open(path, 'rb') as f:
        print(f.read())
    show(codecs.open, path, 'r', 'nope')

with tempfile.TemporaryDirectory() as top:
    path = os.path.join(top, 'lines.txt')
    with codecs.open(path, 'w', 'utf-8') as f:
        f.writelines(['naïve\n', '€uro\r\n', 'end'])
    with codecs.open(path, 'r', 'utf-8') as f:
        print([line for line in f])
    f = codecs.open(path, 'r', 'utf-8')
    print(repr(f.readline()), repr(f.read(3)), repr(f.read()), f.closed)
    f.close()
    print(f.closed)
