# io: BytesIO and StringIO (reading, writing, seeking, truncating, lines,
# the context manager, getbuffer's pin), io.open, the SEEK_ constants,
# UnsupportedOperation and the file types' names.
import io

def t(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = io.BytesIO(b'line one\nline two\nthree')
print(b.read(4), b.tell(), b.readline(), b.readline(3), b.readline(), b.readline(), b.read())
b.seek(0)
print(list(b), b.tell())
print(b.seek(-5, io.SEEK_END), b.read(), b.seek(2, io.SEEK_SET), b.seek(3, io.SEEK_CUR), b.read(3))
w = io.BytesIO()
print(w.write(b'hello'), w.write(bytearray(b' world')), w.write(memoryview(b'!')), w.getvalue())
w.seek(0); w.write(b'J'); print(w.getvalue(), w.tell())
w.seek(15); w.write(b'x'); print(w.getvalue())
print(w.truncate(5), w.getvalue(), w.tell())
w.seek(0); print(w.truncate(), w.getvalue())
r = io.BytesIO(b'abcdef')
buf = bytearray(4)
print(r.readinto(buf), buf, r.readinto(buf), buf, r.read1(), r.readlines())
r = io.BytesIO(b'a\nb\nc\n')
print(r.readlines(), io.BytesIO(b'a\nbb\nccc\n').readlines(2))
w = io.BytesIO(b'Jello')
v = w.getbuffer()
v[0] = 106
print(w.getvalue(), bytes(v))
t(lambda: w.write(b'grow'))
t(lambda: w.seek(0) + w.write(b'J'))
t(lambda: w.close())
v.release()
w.write(b'grow')
print(w.getvalue())
with io.BytesIO(b'ctx') as c:
    print(c.read(), c.closed, c.readable(), c.writable(), c.seekable(), c.isatty())
print(c.closed)
t(lambda: c.read())
t(lambda: c.write(b'x'))
t(lambda: c.getvalue())
t(lambda: io.BytesIO().write('str'))
t(lambda: io.BytesIO().seek(-1))
t(lambda: io.BytesIO().seek(0, 5))
t(lambda: io.BytesIO().truncate(-1))
t(lambda: io.BytesIO().fileno())
t(lambda: io.BytesIO().read('x'))
t(lambda: isinstance(io.UnsupportedOperation('x'), OSError) and isinstance(io.UnsupportedOperation('x'), ValueError))

s = io.StringIO()
print(s.write('héllo\n'), s.write('wörld\n'), s.tell(), repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read(2)), repr(s.read()), s.read() == '')
s.seek(1); s.write('E'); print(repr(s.getvalue()))
s.seek(0); print(list(s))
print(s.seek(0, io.SEEK_END), s.truncate(3), repr(s.getvalue()), s.tell())
s.seek(6); s.write('z'); print(repr(s.getvalue()))
s2 = io.StringIO('one\ntwo\nthree')
print(s2.readlines(), repr(s2.read()))
print(repr(io.StringIO('a\r\nb\rc', newline=None).getvalue()), repr(io.StringIO('x\ny', newline='\r\n').getvalue()))
print(repr(io.StringIO('a\r\nb').getvalue()), repr(io.StringIO('a\r\nb', newline='').getvalue()))
with io.StringIO('ctx') as c:
    print(c.read())
t(lambda: c.read())
t(lambda: io.StringIO().write(b'x'))
t(lambda: io.StringIO(b'x'))
t(lambda: io.StringIO().seek(1, 1))
t(lambda: io.StringIO().seek(-1))
t(lambda: io.StringIO().seek(0, 9))
t(lambda: io.StringIO(newline='x'))
acc = io.StringIO()
for i in range(1000):
    acc.write(str(i))
print(len(acc.getvalue()), acc.getvalue()[-6:])
print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
with open(__file__, 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.TextIOWrapper))
with open(__file__) as f:
    print(isinstance(f, io.TextIOWrapper), f.readline()[:5])
