# io's class tree: IOBase, RawIOBase, BufferedIOBase, TextIOBase and their
# defaults for a user's subclass; open()'s files counted as CPython's classes;
# BufferedReader and BufferedWriter around a user's raw stream; io.FileIO.
import io
class R(io.RawIOBase):
    def __init__(self, data): self.d = data; self.p = 0
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.d) - self.p); b[:n] = self.d[self.p:self.p+n]; self.p += n; return n
r = R(b'line1\nline2\nlast')
print(r.read(3), r.readline(), list(r), r.read(), r.closed)
r.close(); print(r.closed)
try: r.read()
except ValueError as e: print('VE', e)
for cls in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    o = cls()
    for m in ('read', 'readinto', 'write', 'fileno', 'seek', 'tell', 'truncate', 'read1', 'detach', 'readline'):
        try: print(cls.__name__, m, repr(getattr(o, m)(*([bytearray(1)] if m in ('readinto','write') else []))))
        except Exception as e: print(cls.__name__, m, type(e).__name__, e)
    print(cls.__name__, o.readable(), o.writable(), o.seekable(), o.isatty(), o.closed)
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.FileIO, io.RawIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase), isinstance(open('/dev/null'), io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase))
class W(io.TextIOBase):
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W(); print('x', 1, file=w); w.writelines(['a', 'b']); print(w.parts)
b = io.BufferedReader(R(b'abc\ndef')); print(b.read(2), b.readline(), b.peek(1)[:1], b.read())
t = io.TextIOWrapper(io.BufferedReader(R(b'h\xc3\xa9\nx')), encoding='utf-8'); print(t.read())
f = open('/dev/null', 'rb'); g = open('/dev/null', 'wb'); h = open('/dev/null', 'r+b'); k = open('/dev/null', 'rb', buffering=0)
print([isinstance(x, c) for x in (f, g, h, k) for c in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO, io.TextIOBase)])
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.BufferedIOBase), issubclass(R, io.IOBase), isinstance(r, io.FileIO), issubclass(io.BytesIO, io.BufferedReader))
class MyW(io.RawIOBase):
    def __init__(self): self.out = []
    def writable(self): return True
    def write(self, b): self.out.append(bytes(b)); return len(b)
m = MyW(); bw = io.BufferedWriter(m, 4); bw.write(b'ab'); print(m.out); bw.write(b'cdef'); print(m.out); bw.flush(); bw.close(); print(m.out, m.closed, bw.closed)
fi = io.FileIO('/dev/null', 'r'); print(type(fi).__name__, fi.read(), isinstance(fi, io.FileIO)); fi.close()
with io.BytesIO(b'a\nb') as bi: print(bi.readlines(), bi.closed)
print(bi.closed)
