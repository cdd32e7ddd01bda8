# UTF-16 and UTF-32 in either byte order, with CPython's BOM rules and
# error messages, UTF-8-SIG, and their incremental coders.
import codecs


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


text = 'h\xe9\u20ac\U0001f600!'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'utf-8-sig', 'U16', 'utf16', 'UTF_32BE', 'UnicodeBigUnmarked']:
    b = text.encode(enc)
    print(enc, codecs.lookup(enc).name, b.hex(), ascii(b.decode(enc)))

# the unmarked forms honour a BOM when decoding, little-endian without one
print(ascii(b'\xfe\xff\x00a\x00b'.decode('utf-16')), ascii(b'a\x00b\x00'.decode('utf-16')))
print(ascii(b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32')))
print(ascii(b'\xff\xfea\x00'.decode('utf-16-le')), ascii(b'\xef\xbb\xbfx'.decode('utf-8-sig')),
      ascii(b'x'.decode('utf-8-sig')), ascii(b''.decode('utf-16')))

for data, enc in [(b'a\x00b', 'utf-16-le'), (b'\x00\xdca\x00', 'utf-16-le'),
                  (b'\x00\xd8a\x00', 'utf-16-le'), (b'a\x00\x00\xd8', 'utf-16-le'),
                  (b'\xd8\x00\x00a', 'utf-16-be'), (b'\xfe\xff\xdc\x00', 'utf-16'),
                  (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\x00\x00\xd8\x00', 'utf-32-be'),
                  (b'a\x00\x00\x00b\x00', 'utf-32-le'), (b'a\x00\x00', 'utf-32')]:
    show(lambda: data.decode(enc))
    show(lambda: data.decode(enc, 'replace'))
    show(lambda: data.decode(enc, 'backslashreplace'))

for enc in ['utf-16', 'utf-16-be', 'utf-32-le']:
    show(lambda: ('a' + chr(0xdc80) + 'b').encode(enc))
    show(lambda: ('a' + chr(0xdc80) + 'b').encode(enc, 'replace'))
    show(lambda: ('a' + chr(0xdc80) + 'b').encode(enc, 'surrogateescape'))

# incremental: a unit, a pair or a BOM split anywhere comes out whole
for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'utf-8']:
    data = codecs.encode(text * 3, enc)
    for step in [1, 3]:
        d = codecs.getincrementaldecoder(enc)()
        out = ''.join(d.decode(data[i:i + step]) for i in range(0, len(data), step))
        out += d.decode(b'', final=True)
        print(enc, step, out == text * 3)
    e = codecs.getincrementalencoder(enc)()
    print(enc, (e.encode('ab') + e.encode('cd')).hex())
d = codecs.getincrementaldecoder('utf-16-le')()
print(ascii(d.decode(b'a\x00\x3d\xd8')), ascii(d.decode(b'\x00\xde')))
show(lambda: d.decode(b'a', final=True))
print(list(codecs.iterdecode([b'\xff', b'\xfe', b'a', b'\x00'], 'utf-16')))
