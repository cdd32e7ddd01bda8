# tempfile: mkstemp, mkdtemp, TemporaryFile, NamedTemporaryFile and
# TemporaryDirectory; names are printed as relations, never as paths.
import os
import stat
import tempfile

top = tempfile.gettempdir()
print(os.path.isabs(top), os.path.isdir(top), tempfile.gettempdir() is top)
print(tempfile.gettempprefix(), tempfile.TMP_MAX, tempfile.template)

base = tempfile.mkdtemp(prefix='gilvm_', suffix='_t')
name = os.path.basename(base)
print(os.path.dirname(base) == top, name.startswith('gilvm_'), name.endswith('_t'), len(name))
print(oct(stat.S_IMODE(os.stat(base).st_mode)))

fd, path = tempfile.mkstemp(suffix='.csv', prefix='run', dir=base)
print(type(fd).__name__, os.path.dirname(path) == base, os.path.basename(path)[:3],
      path.endswith('.csv'), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b'a,b\n')
os.close(fd)
f = open(path)
print(repr(f.read()))
f.close()
fd2, path2 = tempfile.mkstemp(dir=base)
os.close(fd2)
print(path2 != path, os.path.basename(path2).startswith('tmp'))
sub = tempfile.mkdtemp(dir=base)
print(os.path.isdir(sub), os.path.dirname(sub) == base)
rel = os.path.relpath(base)
print(os.path.isabs(tempfile.mkstemp(dir=rel)[1]), os.path.isabs(tempfile.mkdtemp(dir=rel)))

t = tempfile.TemporaryFile(dir=base)
t.write(b'hello')
t.seek(0)
print(t.read(), t.mode, sorted(os.listdir(base)) == sorted(os.listdir(base)))
t.close()
with tempfile.TemporaryFile('w+', dir=base) as t:
    t.write('text')
    t.seek(0)
    print(t.read(), t.closed)
print(t.closed)

n = tempfile.NamedTemporaryFile(dir=base, suffix='.log')
print(os.path.exists(n.name), n.name.endswith('.log'), os.path.dirname(n.name) == base)
n.write(b'xyz')
n.flush()
print(os.path.getsize(n.name), n.mode, n.closed)
n.close()
print(os.path.exists(n.name), n.closed)
with tempfile.NamedTemporaryFile('w', dir=base, delete=False) as n:
    n.write('kept')
    kept = n.name
print(n.closed, open(kept).read())
os.unlink(kept)
with tempfile.NamedTemporaryFile('w+', dir=base) as n:
    n.write('one\ntwo\n')
    n.seek(0)
    print([line for line in n])
    gone = n.name
print(os.path.exists(gone))
n = tempfile.NamedTemporaryFile(dir=base)
gone = n.name
del n
print(os.path.exists(gone))

d = tempfile.TemporaryDirectory(dir=base, prefix='td')
print(repr(d).startswith('<TemporaryDirectory '), os.path.basename(d.name)[:2])
open(os.path.join(d.name, 'f'), 'w').close()
os.mkdir(os.path.join(d.name, 'inner'))
d.cleanup()
print(os.path.exists(d.name))
d.cleanup()
with tempfile.TemporaryDirectory(dir=base) as where:
    print(os.path.isdir(where))
print(os.path.exists(where))
d = tempfile.TemporaryDirectory(dir=base)
gone = d.name
del d
print(os.path.exists(gone))

for call in (lambda: tempfile.mkstemp(dir=os.path.join(base, 'nothere')),
             lambda: tempfile.mkdtemp(dir=os.path.join(base, 'nothere')),
             lambda: tempfile.NamedTemporaryFile(dir=os.path.join(base, 'nothere')),
             lambda: tempfile.TemporaryFile(mode='q', dir=base)):
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, getattr(e, 'errno', None))

import shutil
shutil.rmtree(base)
print(os.path.exists(base))
