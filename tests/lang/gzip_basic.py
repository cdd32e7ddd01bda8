# gzip writes python3's bytes (header, deflate body, trailer) and reads
# single and multi-member files through compress/decompress, GzipFile
# and open() in binary and text modes; python3's errors.
import gzip
import io
import os
import shutil
import tempfile
import zlib

data = ''.join('line %d: the quick brown fox\n' % i for i in range(500)).encode()
blob = gzip.compress(data, mtime=0)
print(len(blob), blob[:10], blob[-8:])
print(zlib.crc32(blob))
print(gzip.compress(b'', mtime=0))
print(gzip.compress(b'abc', mtime=1234567890)[:10])
print(gzip.decompress(blob) == data)
print(gzip.decompress(gzip.compress(data, 1, mtime=0)) == data)
print(gzip.decompress(blob + gzip.compress(b'second', mtime=5)) == data + b'second')
print(gzip.decompress(blob + b'\x00' * 7 + blob) == data * 2)
print(gzip.decompress(b''))

print('-- GzipFile over BytesIO')
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    print(f.write(data[:1000]), f.write(bytearray(data[1000:])), f.closed)
print(f.closed, buf.getvalue() == blob)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.mtime, f.read(10), f.readline(), f.readline(5), f.tell())
    lines = list(f)
    print(len(lines), lines[0], lines[-1], f.read(), f.mtime)

print('-- files')
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'results.csv.gz')
    with gzip.open(path, 'wb') as f:
        f.write(b'a,b\n1,2\n')
    with gzip.open(path, 'ab') as f:
        f.write(b'3,4\n')
    with open(path, 'rb') as raw:
        head = raw.read(22)
    print(head[:4], head[10:22])
    with gzip.open(path) as f:
        print(f.read(), f.name == path)
    with gzip.open(path, 'rb') as f:
        print(f.readlines())
    with gzip.GzipFile(path, 'wb', mtime=7) as f:
        f.write(b'named\n')
    with open(path, 'rb') as raw:
        print(raw.read(22))
    with gzip.open(path, 'rt') as f:
        print(repr(f.read()))

    text = 'héllo wörld\nsecond line\r\nthird\n' * 3
    with gzip.open(path, 'wt', encoding='utf-8') as f:
        print(f.write(text))
    with open(path, 'rb') as raw:
        print(zlib.crc32(raw.read()[10:]))
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        print(f.readline(), end='')
        print([line for line in f])
    with gzip.open(path, 'rt', encoding='utf-8', newline='\n') as f:
        print(repr(f.read(30)), repr(f.readline()))
    with gzip.open(path, 'rb') as f:
        print(f.read(14))
    name = os.path.join(tmp, 'dé.gz')
    with gzip.open(name, 'wt') as f:
        f.write('ÿ\n')
    with open(name, 'rb') as raw:
        print(raw.read(14)[10:])
    with gzip.open(name, 'rb') as f:
        print(f.read())

    with open(path, 'wb') as raw:
        raw.write(b'plain text, not gzip')
    with gzip.open(path) as f:
        try:
            f.read()
        except gzip.BadGzipFile as e:
            print('BadGzipFile:', e, isinstance(e, OSError))
finally:
    shutil.rmtree(tmp)

print('-- large')
import random
rng = random.Random(3)
big = bytes(rng.randrange(256) for _ in range(3000)) * 100 + data * 30
out = io.BytesIO()
with gzip.GzipFile(fileobj=out, mode='wb', mtime=3, compresslevel=6) as f:
    for i in range(0, len(big), 70000):
        f.write(big[i:i + 70000])
print(len(out.getvalue()), zlib.crc32(out.getvalue()))
out.seek(0)
with gzip.GzipFile(fileobj=out) as f:
    parts = []
    while True:
        part = f.read(100000)
        if not part:
            break
        parts.append(len(part))
    print(parts, f.tell())
out.seek(0)
with gzip.GzipFile(fileobj=out) as f:
    print(sum(1 for line in f), f.tell() == len(big))
print(gzip.decompress(gzip.compress(big, mtime=0)) == big)
print(zlib.crc32(gzip.compress(big, mtime=0)))

print('-- errors')
bad = bytearray(blob)
bad[-8] ^= 1
with gzip.GzipFile(fileobj=io.BytesIO(bytes(bad))) as f:
    try:
        f.read()
    except gzip.BadGzipFile as e:
        print('BadGzipFile:', e)
bad = bytearray(blob)
bad[-1] ^= 1
with gzip.GzipFile(fileobj=io.BytesIO(bytes(bad))) as f:
    try:
        f.read()
    except gzip.BadGzipFile as e:
        print('BadGzipFile:', e)
for corrupt in (blob[:-4], blob[:30], blob[:5], b'\x1f\x8b\x07' + blob[3:]):
    try:
        gzip.decompress(corrupt)
    except (EOFError, gzip.BadGzipFile) as e:
        print(type(e).__name__ + ':', e)
try:
    gzip.decompress(blob + b'junk')
except gzip.BadGzipFile as e:
    print('BadGzipFile:', e)
for mode, kwargs in (('rbt', {}), ('rb', {'encoding': 'utf-8'}),
                     ('wb', {'errors': 'strict'}), ('rb', {'newline': '\n'})):
    try:
        gzip.open(io.BytesIO(), mode, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    gzip.open(42)
except TypeError as e:
    print('TypeError:', e)
try:
    gzip.GzipFile(fileobj=io.BytesIO(), mode='z')
except ValueError as e:
    print('ValueError:', e)
f = gzip.GzipFile(fileobj=io.BytesIO(), mode='wb')
try:
    f.read()
except OSError as e:
    print('OSError:', e)
f.close()
try:
    f.write(b'x')
except ValueError as e:
    print('ValueError:', e)
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
try:
    f.write(b'x')
except OSError as e:
    print('OSError:', e)
f.close()
print(gzip.compress(b'abc', 1, mtime=0)[:10], gzip.compress(b'abc', 5, mtime=0)[:10])
print(gzip.compress(b'abc', 1, mtime=9)[:10], gzip.compress(b'abc', 5, mtime=9)[:10])
with gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'abcdefgh\nij\n' + b'x' * 70000 + b'\nend', mtime=0))) as f:
    print(f.readline(3), f.readline(3), f.readline(3), f.readline(3), f.readline(1))
    print(len(f.readline(69999)), len(f.readline(0)), len(f.readline()), f.readline(), f.readline(), f.peek(1))
with gzip.GzipFile(fileobj=io.BytesIO(blob)) as f:
    print(f.read1(5), len(f.peek(1)) > 0, f.read(0), f.readlines(50), f.tell())
