# bz2.BZ2File and bz2.open: reading and writing .bz2 files, several
# streams in one file, text mode, and CPython's errors.
import bz2
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.bz2')
lines = [('line %d ' % i + 'x' * (i % 50) + '\n').encode() for i in range(3000)]

with bz2.BZ2File(path, 'w', compresslevel=5) as f:
    for line in lines:
        f.write(line)
    print(f.writable(), f.readable(), f.tell())
with open(path, 'rb') as raw:
    print(raw.read(3))
with bz2.open(path) as f:
    first = f.readline()
    print(first, f.tell(), f.peek(1)[:1])
    rest = f.read()
print(first + rest == b''.join(lines))
with bz2.BZ2File(path) as f:
    print(sum(1 for _ in f), f.read(), f.read(10))
with bz2.BZ2File(path) as f:
    print(f.read(5), f.read1(4) != b'', len(f.readlines()))

# appending adds a stream; reading joins them, and ignores trailing junk
with bz2.open(path, 'ab') as f:
    f.write(b'appended\n')
with open(path, 'ab') as raw:
    raw.write(b'junk that is no stream')
with bz2.open(path, 'rb') as f:
    data = f.read()
print(data.endswith(b'appended\n'), len(data) == len(b''.join(lines)) + 9)

# text mode
with bz2.open(path + 't', 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with bz2.open(path + 't', 'rt', encoding='utf-8') as f:
    print(f.readlines())
print(bz2.decompress(open(path + 't', 'rb').read()))

# file objects, and one-shot functions beside the file
buf = io.BytesIO()
with bz2.BZ2File(buf, 'wb') as f:
    f.write(memoryview(b'abc' * 100))
print(bz2.decompress(buf.getvalue()) == b'abc' * 100, buf.closed)
print(bz2.BZ2File(io.BytesIO(bz2.compress(b'one') + bz2.compress(b'two'))).read())

for make in [lambda: bz2.BZ2File(io.BytesIO(), 'w').read(),
             lambda: bz2.BZ2File(io.BytesIO(bz2.compress(b'x'))).write(b'y'),
             lambda: bz2.BZ2File(io.BytesIO(), 'w', compresslevel=0),
             lambda: bz2.BZ2File(io.BytesIO(), 'q'),
             lambda: bz2.BZ2File(io.BytesIO(b'garbage')).read(),
             lambda: bz2.BZ2File(io.BytesIO(bz2.compress(b'abc' * 100)[:-5])).read(),
             lambda: bz2.open(path, 'rb', encoding='utf-8'),
             lambda: bz2.open(path, 'rtb'),
             lambda: bz2.BZ2File(3.5)]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
f = bz2.BZ2File(path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
