# lzma.LZMAFile and lzma.open: reading and writing .xz and .lzma files,
# several streams in one file, text mode, truncation, and CPython's errors.
import io
import lzma
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'data.xz')
lines = [('line %d ' % i + 'x' * (i % 50) + '\n').encode() for i in range(3000)]

with lzma.LZMAFile(path, 'w', preset=1) as f:
    for line in lines:
        f.write(line)
    print(f.writable(), f.readable(), f.tell())
with open(path, 'rb') as raw:
    print(raw.read(6))
with lzma.open(path) as f:
    first = f.readline()
    print(first, f.tell(), f.peek(1)[:1])
    rest = f.read()
print(first + rest == b''.join(lines))
with lzma.LZMAFile(path) as f:
    print(sum(1 for _ in f), f.read(), f.read(10))
with lzma.LZMAFile(path) as f:
    print(f.read(5), f.read1(4) != b'', len(f.readlines()))

# appending adds a stream; reading joins them, and ignores trailing junk
with lzma.open(path, 'ab', check=lzma.CHECK_SHA256) as f:
    f.write(b'appended\n')
with open(path, 'ab') as raw:
    raw.write(b'junk that is no stream')
with lzma.open(path, 'rb') as f:
    data = f.read()
print(data.endswith(b'appended\n'), len(data) == len(b''.join(lines)) + 9)

# .lzma (FORMAT_ALONE), read back through FORMAT_AUTO and FORMAT_ALONE
alone = os.path.join(tmp, 'data.lzma')
with lzma.open(alone, 'wb', format=lzma.FORMAT_ALONE, preset=2) as f:
    f.write(b'alone ' * 500)
print(open(alone, 'rb').read(1), len(lzma.open(alone).read()),
      lzma.open(alone, format=lzma.FORMAT_ALONE).read(12))

# text mode
with lzma.open(path + 't', 'wt', encoding='utf-8') as f:
    f.write('héllo\nwörld\n')
with lzma.open(path + 't', 'rt', encoding='utf-8') as f:
    print(f.readlines())
with open(path + 't', 'rb') as raw:
    print(lzma.decompress(raw.read()))

# seeking a file being read: forward by reading on, backward from the start
with lzma.open(path) as f:
    print(f.seekable(), f.seek(7000), f.read(8), f.seek(8), f.read(8), f.seek(-9 - 22, 2), f.read(9), f.seek(3, 1), f.tell())

# file objects
buf = io.BytesIO()
with lzma.LZMAFile(buf, 'wb') as f:
    f.write(memoryview(b'abc' * 100))
print(lzma.decompress(buf.getvalue()) == b'abc' * 100, buf.closed)
print(lzma.LZMAFile(io.BytesIO(lzma.compress(b'one') + lzma.compress(b'two'))).read())

for make in [lambda: lzma.LZMAFile(io.BytesIO(), 'w').read(),
             lambda: lzma.LZMAFile(io.BytesIO(lzma.compress(b'x'))).write(b'y'),
             lambda: lzma.LZMAFile(io.BytesIO(), 'w', preset=10),
             lambda: lzma.LZMAFile(io.BytesIO(), 'q'),
             lambda: lzma.LZMAFile(io.BytesIO(), 'r', check=lzma.CHECK_CRC32),
             lambda: lzma.LZMAFile(io.BytesIO(), 'r', preset=1),
             lambda: lzma.LZMAFile(io.BytesIO(b'garbage')).read(),
             lambda: lzma.LZMAFile(io.BytesIO(lzma.compress(b'abc' * 100)[:-5])).read(),
             lambda: lzma.LZMAFile(io.BytesIO(lzma.compress(b'abc' * 100)[:-5])).read(10),
             lambda: lzma.open(path, 'rb', encoding='utf-8'),
             lambda: lzma.open(path, 'rtb'),
             lambda: lzma.LZMAFile(3.5)]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
f = lzma.LZMAFile(path)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print('ValueError', e)
shutil.rmtree(tmp)
