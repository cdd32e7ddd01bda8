# tarfile: writing archives (GNU, ustar and pax formats; plain, gzip and
# bz2) byte for byte as python3 writes them, reading them back, long names,
# links, extraction and its refusal to leave the target folder.
import hashlib
import io
import os
import tarfile
import tempfile

tmp = tempfile.mkdtemp()


def info(name, data=b'', type=tarfile.REGTYPE, **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = 1600000000
    ti.mode = 0o644
    ti.uname, ti.gname = 'user', 'group'
    ti.type = type
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti


long_name = 'deep/' + 'd' * 120 + '/file.txt'
members = [(info('hello.txt', b'hello tar\n'), b'hello tar\n'),
           (info('dir', type=tarfile.DIRTYPE, mode=0o755), None),
           (info('dir/data.bin', bytes(range(256)) * 5), bytes(range(256)) * 5),
           (info(long_name, b'long\n'), b'long\n'),
           (info('link', type=tarfile.SYMTYPE, linkname='hello.txt'), None)]
for fmt in (tarfile.GNU_FORMAT, tarfile.USTAR_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as tf:
        for ti, data in members:
            if fmt == tarfile.USTAR_FORMAT and ti.name == long_name:
                ti = info('deep/ustar-split/' + 'u' * 90 + '/f.txt', data)
            tf.addfile(ti, io.BytesIO(data) if data is not None else None)
    raw = buf.getvalue()
    print(fmt, len(raw), hashlib.sha256(raw).hexdigest()[:16])
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        print([m.name for m in tf.getmembers()])
        print([(m.type, m.size, m.mode, m.mtime, m.uname, m.linkname) for m in tf])
        print(tf.extractfile('hello.txt').read(), tf.extractfile('link').read(),
              tf.extractfile('dir'), len(tf.extractfile('dir/data.bin').read()))

# compressed archives, on disk
src = os.path.join(tmp, 'src')
os.makedirs(os.path.join(src, 'inner'))
with open(os.path.join(src, 'a.txt'), 'w') as f:
    f.write('line\n' * 200)
with open(os.path.join(src, 'inner', 'b.txt'), 'w') as f:
    f.write('bee\n')
for comp in ('', 'gz', 'bz2'):
    path = os.path.join(tmp, 'arc.tar' + ('.' + comp if comp else ''))
    with tarfile.open(path, 'w:' + comp) as tf:
        tf.add(src, arcname='src')
    print(comp or 'tar', tarfile.is_tarfile(path))
    with tarfile.open(path) as tf:
        print(tf.getnames())
        f = tf.extractfile('src/a.txt')
        print(f.readline(), len(f.readlines()))
        out = os.path.join(tmp, 'out-' + (comp or 'tar'))
        tf.extractall(out)
    with open(os.path.join(out, 'src', 'inner', 'b.txt')) as f:
        print(f.read(), oct(os.stat(os.path.join(out, 'src', 'a.txt')).st_mode & 0o777) != '')
    try:
        tarfile.open(path, 'r:' + ('bz2' if comp == 'gz' else 'gz'))
    except tarfile.ReadError as e:
        print('ReadError', e)

# streams
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode='w|gz') as tf:
    tf.addfile(info('s.txt', b'streamed'), io.BytesIO(b'streamed'))
with tarfile.open(fileobj=io.BytesIO(buf.getvalue()), mode='r|gz') as tf:
    print([(m.name, tf.extractfile(m).read()) for m in tf])

for make in [lambda: tarfile.open(fileobj=io.BytesIO(b'x' * 1024)),
             lambda: tarfile.open(fileobj=io.BytesIO(), mode='q'),
             lambda: tarfile.open(os.path.join(tmp, 'arc.tar'), 'r:zz'),
             lambda: tarfile.open(fileobj=io.BytesIO(raw)).getmember('nope')]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, str(e).splitlines()[0])
print(tarfile.is_tarfile(io.BytesIO(b'not a tar')))
