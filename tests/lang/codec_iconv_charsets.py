# The charsets gilvm takes from glibc's iconv: single-byte ones (CPython's
# 'charmap' codec in messages) and multibyte ones, with error handlers and
# their positions, and an incremental decoder over split characters.
import codecs


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for enc in ['cp1252', 'windows-1252', 'iso-8859-15', 'latin9', 'iso8859_2', 'koi8-r',
            'cp437', 'cp850', 'cp866', 'iso-8859-5', 'cp037', 'euc-jp', 'gbk', 'cp936',
            'euc_kr', 'cp949', 'gb2312']:
    print(enc, codecs.lookup(enc).name)

samples = {'cp1252': 'caf\xe9 \u20ac \u2019x\u2019', 'iso8859-15': 'caf\xe9 \u20ac \u0152',
           'koi8-r': '\u041f\u0440\u0438\u0432\u0435\u0442', 'cp437': '\u2502\xe9\u2591',
           'iso8859-2': '\u0141\xf3d\u017a', 'cp037': 'Hello, world',
           'euc_jp': '\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8a', 'gbk': '\u4e2d\u6587abc',
           'euc_kr': '\ud55c\uad6d\uc5b4', 'cp949': '\ud55c\uae00', 'gb2312': '\u6c49\u5b57'}
for enc, s in samples.items():
    b = s.encode(enc)
    print(enc, b.hex(), b.decode(enc) == s)

# a whole byte range through a charmap: every byte that decodes encodes back
table = bytes(range(256)).decode('cp1252', 'replace')
print(ascii(table[0x78:0xa8]))
print(all(ch.encode('cp1252') == bytes([i]) for i, ch in enumerate(table) if ch != '\ufffd'))

for enc in ['cp1252', 'koi8-r', 'euc_jp', 'gbk']:
    show(lambda: 'a\xe9\u0100\u0101b\U0001f600'.encode(enc))
    for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        show(lambda: 'a\xe9\u0100\u0101b\U0001f600'.encode(enc, h))
    show(lambda: ('x' + chr(0xdcff)).encode(enc, 'surrogateescape'))

for data, enc in [(b'a\x81\x8db', 'cp1252'), (b'\xa4', 'euc_jp'), (b'\xa4\x20x', 'euc_jp'),
                  (b'a\xff\xffb', 'gbk'), (b'\x81', 'gbk'), (b'\xc7\x01', 'euc_kr')]:
    show(lambda: data.decode(enc))
    show(lambda: data.decode(enc, 'replace'))
    show(lambda: data.decode(enc, 'surrogateescape'))

# a character split between pieces comes out whole
text = '\u65e5\u672c\u8a9e abc \u30c6\u30ad\u30b9\u30c8 ' * 5
for enc in ['euc_jp', 'gbk', 'euc_kr']:
    s = text if enc != 'euc_kr' else '\ud55c\uad6d\uc5b4 abc ' * 5
    data = s.encode(enc)
    d = codecs.getincrementaldecoder(enc)()
    out = ''.join(d.decode(data[i:i + 1]) for i in range(len(data)))
    print(enc, out == s, ascii(d.decode(b'', final=True)))
d = codecs.getincrementaldecoder('gbk')()
print(ascii(d.decode(b'a\xd6')))
show(lambda: d.decode(b'', final=True))

# unknown and refused names
for name in ['no-such-codec', 'cp1252x', '']:
    show(lambda: 'x'.encode(name))
show(lambda: b'x'.decode('no_such'))
show(lambda: codecs.lookup('nope'))
