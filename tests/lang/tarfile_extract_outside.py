# tarfile's extract refuses members that would land outside the target
# folder: a '..' in the name, an absolute name, or a link pointing out.
import io
import os
import tarfile
import tempfile

tmp = tempfile.mkdtemp()


def archive(*members):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w') as tf:
        for name, type, link in members:
            ti = tarfile.TarInfo(name)
            ti.type = type
            ti.linkname = link
            data = b'x' if type == tarfile.REGTYPE else b''
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
    buf.seek(0)
    return tarfile.open(fileobj=buf)


target = os.path.join(tmp, 'target')
cases = [[('ok.txt', tarfile.REGTYPE, ''), ('../escape.txt', tarfile.REGTYPE, '')],
         [('/abs.txt', tarfile.REGTYPE, '')],
         [('inner/../../up.txt', tarfile.REGTYPE, '')],
         [('out', tarfile.SYMTYPE, '/etc/passwd')],
         [('rel', tarfile.SYMTYPE, '../../x')],
         [('fine', tarfile.SYMTYPE, 'ok.txt'), ('sub/deep.txt', tarfile.REGTYPE, '')]]
for members in cases:
    with archive(*members) as tf:
        try:
            tf.extractall(target)
            print('extracted', sorted(os.listdir(target)))
        except tarfile.ExtractError as e:
            print('ExtractError', str(e).replace(tmp, '<tmp>'))
print(sorted(os.listdir(tmp)))
