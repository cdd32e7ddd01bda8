# io.TextIOWrapper built over binary streams: BytesIO, open()'s buffered
# files and a socket's makefile('rb'), with each newline mode, its
# attributes, and its errors in CPython's words.
import io
import os
import socket
import tempfile


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


data = 'alpha \xe9\r\nbeta\rgamma\n\u20ac end'
for enc in ['utf-8', 'utf-16', 'cp1252', 'latin-1']:
    text = data if enc != 'latin-1' else data.replace('\u20ac', 'E')
    for nl in [None, '', '\n', '\r', '\r\n']:
        t = io.TextIOWrapper(io.BytesIO(text.encode(enc)), encoding=enc, newline=nl)
        print(enc, repr(nl), t.encoding, t.errors, t.line_buffering, list(t), t.newlines)

# writing: newline None writes os.linesep, '' and '\n' leave '\n', others replace it
for nl in [None, '', '\n', '\r', '\r\n']:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding='utf-16-le', newline=nl)
    t.write('a\nb\r\nc')
    t.flush()
    print(repr(nl), b.getvalue().decode('utf-16-le') == 'a\nb\r\nc'.replace('\n', nl or os.linesep if nl != '' else '\n'),
          ascii(b.getvalue().decode('utf-16-le')))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-16')
t.write('one')
t.write('two')
t.flush()
print(b.getvalue())
print(t.detach() is b, b.closed)

# defaults, and a BytesIO read a few characters at a time
t = io.TextIOWrapper(io.BytesIO('x\xe9\u20ac\U0001f600\ny'.encode()))
print(t.encoding.lower().replace('-', ''), t.errors, t.newlines)
print(ascii(t.read(2)), ascii(t.read(2)), ascii(t.readline()), ascii(t.read()), ascii(t.read()))
t = io.TextIOWrapper(io.BytesIO(b'ok \xff\n'), encoding='ascii', errors='surrogateescape')
print(ascii(t.read()), t.errors)
t = io.TextIOWrapper(io.BytesIO(b'ok \xff\n'), encoding='ascii')
show(t.read)

# over open()'s binary files
folder = tempfile.mkdtemp()
path = os.path.join(folder, 'w.txt')
with open(path, 'wb') as raw:
    t = io.TextIOWrapper(raw, encoding='cp1252', newline='\r\n', line_buffering=True)
    print(t.name == path, t.line_buffering, t.writable(), t.readable())
    t.write('caf\xe9\nna\xefve \u20ac\n')
    t.flush()
with open(path, 'rb') as raw:
    print(raw.read())
with open(path, 'rb') as raw:
    t = io.TextIOWrapper(raw, encoding='cp1252')
    print(t.readline(), t.readlines(), t.newlines)
    t.close()
    print(raw.closed, t.closed)
with open(path, 'rb') as raw:
    with io.TextIOWrapper(raw, encoding='cp1252', newline='') as t:
        print(ascii(t.read()), t.seekable())
        t.seek(0)
        print(ascii(t.readline()), ascii(t.read(3)))
    print(raw.closed)
show(lambda: t.read())

# over a socket's makefile('rb')
a, b = socket.socketpair()
a.sendall('h\xe9llo\r\nw\xf6rld\n'.encode('latin-1'))
a.close()
rf = b.makefile('rb')
t = io.TextIOWrapper(rf, encoding='latin-1')
print(list(t), t.newlines)
t.close()
b.close()

# what the constructor and open() refuse
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding='no-such-codec'))
show(lambda: io.TextIOWrapper(io.BytesIO(), newline='x'))
show(lambda: io.TextIOWrapper(io.BytesIO(), newline=1))
show(lambda: io.TextIOWrapper(io.BytesIO(), encoding='utf-8').write(b'x'))
show(lambda: open(path, 'w', buffering=0))
show(lambda: open(path, 'r', buffering=0))
print(isinstance(open(path), io.TextIOWrapper), isinstance(open(path, encoding='cp1252'), io.TextIOWrapper),
      isinstance(open(path, 'rb'), io.TextIOWrapper))
