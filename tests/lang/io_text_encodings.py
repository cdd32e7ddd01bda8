# open() in text mode over any codec: files round-trip in several encodings
# with each newline mode, the bytes on disk are CPython's, and a character
# split between the reads of a file bigger than the read buffer comes out
# whole.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, 'text.txt')
TEXT = 'caf\xe9 na\xefve\nsecond line\r\nthird\rlast \u20ac\n'

for enc in ['latin-1', 'cp1252', 'utf-16', 'utf-16-be', 'utf-32', 'utf-8-sig', 'euc_jp',
            'gbk', 'koi8-r', 'UTF8', 'utf-8']:
    text = TEXT.replace('\u20ac', 'E') if enc in ('latin-1', 'koi8-r', 'euc_jp', 'gbk') else TEXT
    text = text.replace('\xe9', 'e').replace('\xef', 'i') if enc in ('koi8-r', 'gbk') else text
    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(path, 'w', encoding=enc, newline=nl) as f:
            n = f.write(text)
            print(enc, repr(nl), n, f.encoding, f.errors, f.mode, f.newlines)
        with open(path, 'rb') as f:
            raw = f.read()
        print('  disk', raw.hex())
        for rnl in [None, '', '\n', '\r', '\r\n']:
            with open(path, encoding=enc, newline=rnl) as f:
                lines = f.readlines()
                print('  ', repr(rnl), lines, f.newlines)
        with open(path, encoding=enc, newline=nl) as f:
            print('  back', f.read() == text)

# a file much bigger than the read buffer, multibyte characters across
# every chunk boundary, read whole, by lines and a few characters at a time
line = '\u65e5\u672c\u8a9e\u30c6\u30ad\u30b9\u30c8 \U0001f600 \xe9\r\n'
for enc, body in [('utf-8', line), ('utf-16', line), ('utf-32-le', line),
                  ('euc_jp', line.replace('\U0001f600', '').replace('\xe9', 'e')),
                  ('gbk', line.replace('\U0001f600', '').replace('\xe9', 'e')),
                  ('cp1252', 'caf\xe9 \u20ac\u2019\r\n')]:
    text = ''.join(str(i) + body for i in range(3000))
    with open(path, 'w', encoding=enc, newline='') as f:
        f.write(text)
    size = os.path.getsize(path)
    with open(path, encoding=enc, newline='') as f:
        whole = f.read()
    with open(path, encoding=enc) as f:
        lines = list(f)
    with open(path, encoding=enc, newline='') as f:
        parts = []
        while True:
            piece = f.read(7)
            if not piece:
                break
            parts.append(piece)
    print(enc, size > 65536, whole == text, len(lines), lines[1234] == '1234' + body.replace('\r\n', '\n'),
          ''.join(parts) == text)

# errors= on files
with open(path, 'w', encoding='ascii', errors='backslashreplace') as f:
    f.write('na\xefve \u20ac\n')
    print(repr(f.errors))
with open(path, encoding='ascii') as f:
    print(repr(f.read()))
with open(path, 'wb') as f:
    f.write(b'ok \xff\xfe done\n')
for errors in ['replace', 'surrogateescape', 'ignore', 'backslashreplace']:
    with open(path, encoding='utf-8', errors=errors) as f:
        print(errors, ascii(f.read()))
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    with open(path, 'w', encoding='ascii') as f:
        f.write('caf\xe9')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

# what open() refuses, in CPython's words
for kwargs in [dict(encoding='no-such'), dict(newline='x'), dict(buffering=0),
               dict(encoding=5)]:
    try:
        open(path, 'w', **kwargs)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    open(path, 'rb', encoding='latin-1')
except ValueError as e:
    print(e)

# the utf-8 file keeps .newlines too
with open(path, 'wb') as f:
    f.write(b'a\nb\r\nc\rd')
with open(path) as f:
    print(f.newlines, f.readline() and f.newlines, f.read() and f.newlines)
with open(path, newline='\n') as f:
    print(f.read().count('\r'), f.newlines)
