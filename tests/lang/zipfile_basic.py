# zipfile: writing archives byte for byte as python3 does, reading them
# back (stored, deflated, bzip2), appending, extracting, streams and errors.
import hashlib
import io
import os
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
when = (2020, 5, 17, 12, 30, 44)


def member(name, method=zipfile.ZIP_STORED):
    zi = zipfile.ZipInfo(name, when)
    zi.compress_type = method
    return zi


payload = b''.join(b'row %d,%d\n' % (i, i * i) for i in range(2000))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as zf:
    zf.writestr(member('plain.txt'), b'hello zip\n')
    zf.writestr(member('data/rows.csv', zipfile.ZIP_DEFLATED), payload)
    zf.writestr(member('data/rows.bz', zipfile.ZIP_BZIP2), payload)
    zf.writestr(member('empty/'), b'')
    zf.writestr(member('naïve.txt'), 'unicode name'.encode())
    zf.comment = b'made by a test'
raw = buf.getvalue()
print(len(raw), hashlib.sha256(raw).hexdigest()[:16], raw[:4], raw[-16:])

buf.seek(0)
print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b'not a zip at all')))
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    print(zf.namelist(), zf.comment)
    for zi in zf.infolist():
        print(zi, zi.date_time, zi.CRC, zi.flag_bits, zi.create_version, zi.extract_version,
              zi.is_dir())
    print(zf.read('plain.txt'), zf.read('data/rows.csv') == payload, zf.read('data/rows.bz') == payload)
    with zf.open('data/rows.csv') as f:
        print(f.readline(), f.read(7), len(list(f)))
    print(zf.testzip())
    try:
        zf.getinfo('missing')
    except KeyError as e:
        print('KeyError', e)

# files on disk: write(), extractall, append, printdir
src = os.path.join(tmp, 'src')
os.makedirs(os.path.join(src, 'sub'))
with open(os.path.join(src, 'a.txt'), 'w') as f:
    f.write('aaa\n' * 100)
with open(os.path.join(src, 'sub', 'b.bin'), 'wb') as f:
    f.write(bytes(range(256)) * 10)
arc = os.path.join(tmp, 'arc.zip')
with zipfile.ZipFile(arc, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.write(os.path.join(src, 'a.txt'), 'a.txt')
    zf.write(os.path.join(src, 'sub'), 'sub')
    zf.write(os.path.join(src, 'sub', 'b.bin'), 'sub/b.bin')
with zipfile.ZipFile(arc, 'a') as zf:
    zf.writestr(member('added.txt'), b'appended later')
    with zf.open('streamed.txt', 'w') as w:
        w.write(b'written ')
        w.write(b'through open()')
with zipfile.ZipFile(arc) as zf:
    print(zf.namelist())
    print([(i.filename, i.file_size, i.compress_type) for i in zf.infolist()])
    out = os.path.join(tmp, 'out')
    zf.extractall(out)
    print(zf.extract('added.txt', out).endswith('added.txt'))
for root, dirs, files in sorted(os.walk(os.path.join(tmp, 'out'))):
    for name in sorted(files):
        with open(os.path.join(root, name), 'rb') as f:
            print(os.path.relpath(os.path.join(root, name), tmp), len(f.read()))

# a stream that cannot seek: flag bit 3 and data descriptors
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)

    def flush(self):
        pass


sink = Sink()
with zipfile.ZipFile(sink, 'w', zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(member('s.txt'), b'streamed ' * 50)
streamed = b''.join(sink.parts)
with zipfile.ZipFile(io.BytesIO(streamed)) as zf:
    print(zf.infolist()[0].flag_bits, zf.read('s.txt') == b'streamed ' * 50)

# ZIP64 records when asked for
buf64 = io.BytesIO()
with zipfile.ZipFile(buf64, 'w') as zf:
    with zf.open(member('big'), 'w', force_zip64=True) as w:
        w.write(b'x' * 100)
with zipfile.ZipFile(io.BytesIO(buf64.getvalue())) as zf:
    zi = zf.infolist()[0]
    print(zi.extract_version, zi.file_size, zf.read('big') == b'x' * 100)

# errors
bad = bytearray(raw)
at = bad.find(b'hello zip')
bad[at] = ord('j')
with zipfile.ZipFile(io.BytesIO(bytes(bad))) as zf:
    print(zf.testzip())
    try:
        zf.read('plain.txt')
    except zipfile.BadZipFile as e:
        print('BadZipFile', e)
for make in [lambda: zipfile.ZipFile(io.BytesIO(b'nope' * 10)),
             lambda: zipfile.ZipFile(io.BytesIO(), 'q'),
             lambda: zipfile.ZipFile(io.BytesIO(raw)).writestr('x', b'y'),
             lambda: zipfile.ZipInfo('old', (1979, 1, 1, 0, 0, 0))]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
zf = zipfile.ZipFile(io.BytesIO(raw))
zf.close()
try:
    zf.read('plain.txt')
except ValueError as e:
    print('ValueError', e)
