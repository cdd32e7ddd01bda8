# shutil: copies (contents, modes, times), copytree, rmtree and its error
# hooks, move, which, disk_usage, get_terminal_size.  Paths are printed
# relative to a temporary folder removed at the end.
import io
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()


def rel(p):
    return os.path.relpath(p, base) if p is not None else None


def at(*names):
    return os.path.join(base, *names)


def write(name, text, mode=0o644):
    f = open(at(name), 'w')
    f.write(text)
    f.close()
    os.chmod(at(name), mode)


def read(name):
    f = open(at(name))
    text = f.read()
    f.close()
    return text


def report(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        print(rel(r) if isinstance(r, str) else r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, 'BASE'))


def tree(top):
    found = []
    for name in sorted(os.listdir(top)):
        path = os.path.join(top, name)
        found.append(rel(path))
        if os.path.isdir(path) and not os.path.islink(path):
            found.extend(tree(path))
    return found


src = io.BytesIO(b'x' * 200000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
src.seek(199990)
dst = io.StringIO()
shutil.copyfileobj(io.StringIO('abc' * 10), dst, 4)
print(dst.getvalue() == 'abc' * 10)

write('a.txt', 'alpha\n' * 1000, 0o640)
os.utime(at('a.txt'), ns=(1000000000123456789, 1100000000987654321))
report(shutil.copyfile, at('a.txt'), at('b.txt'))
print(read('b.txt') == read('a.txt'), oct(stat.S_IMODE(os.stat(at('b.txt')).st_mode)))
report(shutil.copy, at('a.txt'), at('c.txt'))
print(oct(stat.S_IMODE(os.stat(at('c.txt')).st_mode)), os.stat(at('c.txt')).st_mtime_ns == 1100000000987654321)
report(shutil.copy2, at('a.txt'), at('d.txt'))
st = os.stat(at('d.txt'))
print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime_ns)
os.mkdir(at('dir'))
report(shutil.copy, at('a.txt'), at('dir'))
report(shutil.copy2, at('a.txt'), at('dir') + os.sep)
write('e.txt', 'e', 0o600)
shutil.copymode(at('a.txt'), at('e.txt'))
print(oct(stat.S_IMODE(os.stat(at('e.txt')).st_mode)))
shutil.copystat(at('a.txt'), at('e.txt'))
print(os.stat(at('e.txt')).st_mtime_ns)
os.symlink('a.txt', at('link'))
report(shutil.copyfile, at('link'), at('link2'), follow_symlinks=False)
print(os.path.islink(at('link2')), os.readlink(at('link2')))
report(shutil.copyfile, at('link'), at('link3'))
print(os.path.islink(at('link3')), read('link3') == read('a.txt'))

report(shutil.copyfile, at('a.txt'), at('a.txt'))
report(shutil.copyfile, at('a.txt'), at('link'))
report(shutil.copyfile, at('nothere'), at('x'))
report(shutil.copyfile, at('a.txt'), at('dir'))
report(shutil.copyfile, at('a.txt'), at('nodir', 'x'))
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))

os.makedirs(at('t', 'sub', 'deep'))
write('t/one.py', '1')
write('t/sub/two.txt', '2')
write('t/sub/deep/three.pyc', '3')
os.symlink('one.py', at('t', 'ln'))
report(shutil.copytree, at('t'), at('t2'))
print(tree(at('t2')), os.path.islink(at('t2', 'ln')))
report(shutil.copytree, at('t'), at('t3'), symlinks=True, ignore=shutil.ignore_patterns('*.pyc', 'two*'))
print(tree(at('t3')), os.path.islink(at('t3', 'ln')))
report(shutil.copytree, at('t'), at('t3'))
report(shutil.copytree, at('t'), at('t3'), dirs_exist_ok=True)

report(shutil.move, at('t3'), at('t4'))
print(os.path.exists(at('t3')), tree(at('t4'))[:2])
report(shutil.move, at('e.txt'), at('dir'))
report(shutil.move, at('c.txt'), at('dir'))
write('c.txt', 'again')
report(shutil.move, at('c.txt'), at('dir'))
report(shutil.move, at('d.txt'), at('dir', 'renamed.txt'))
report(shutil.move, at('nothere'), at('dir'))
print(sorted(os.listdir(at('dir'))))

report(shutil.rmtree, at('t4'))
print(os.path.exists(at('t4')))
report(shutil.rmtree, at('nothere'))
report(shutil.rmtree, at('link'))
report(shutil.rmtree, at('a.txt'))
shutil.rmtree(at('nothere'), ignore_errors=True)
seen = []
shutil.rmtree(at('nothere'), onerror=lambda fn, p, info: seen.append((rel(p), info[0].__name__)))
print(seen)
os.symlink(at('t'), at('t2', 'outside'))
shutil.rmtree(at('t2'))
print(os.path.exists(at('t2')), tree(at('t')))

os.mkdir(at('bin'))
write('bin/tool', '#!/bin/sh\n', 0o755)
write('bin/plain', 'x', 0o644)
os.mkdir(at('bin', 'adir'))
print(rel(shutil.which('tool', path=at('bin'))), shutil.which('plain', path=at('bin')))
print(shutil.which('adir', path=at('bin')), shutil.which('tool', path=''))
print(rel(shutil.which('tool', path=os.pathsep.join([at('dir'), at('bin'), at('bin')]))))
print(rel(shutil.which(at('bin', 'tool'))), shutil.which(at('bin', 'plain')))
print(rel(shutil.which('plain', mode=os.F_OK, path=at('bin'))))
print(shutil.which('sh') is not None, shutil.which('no-such-program-gilvm') is None)

u = shutil.disk_usage(base)
print(type(u).__name__, u.total >= u.used >= 0, u.free >= 0, u == (u.total, u.used, u.free))
report(shutil.disk_usage, at('nothere'))

os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
os.environ['COLUMNS'] = 'wide'
print(shutil.get_terminal_size((70, 20)).columns in (70, shutil.get_terminal_size().columns))
del os.environ['COLUMNS']
del os.environ['LINES']
print(type(shutil.get_terminal_size()).__name__)

shutil.rmtree(base)
print(os.path.exists(base))
