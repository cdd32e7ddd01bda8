# os, os.path, open() and shutil take path objects (anything with __fspath__), as python3's
import os
import shutil
import tempfile
from pathlib import Path


class Fs:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


top = Path(tempfile.mkdtemp())
n = len(str(top))


def show(label, f, *args):
    try:
        r = f(*args)
        print(label, r if not isinstance(r, str) or not r.startswith(str(top)) else r[n:])
    except (OSError, TypeError, ValueError) as e:
        print(label, type(e).__name__, str(e).replace(str(top), '<top>'))


with open(top / 'a.txt', 'w') as f:
    f.write('hello\n')
    print('name', f.name == str(top / 'a.txt'), type(f.name).__name__)
with open(Fs(str(top / 'a.txt'))) as f:
    print('read', f.read().strip())
show('open missing', open, top / 'none')
show('open bad fspath', open, Fs(3))
os.mkdir(top / 'd')
os.makedirs(top / 'e' / 'f')
show('listdir', lambda: sorted(os.listdir(top)))
show('stat', lambda: os.stat(top / 'a.txt').st_size)
show('lstat', lambda: os.lstat(Fs(str(top / 'a.txt'))).st_size)
show('stat missing', os.stat, top / 'none')
show('stat bad fspath', os.stat, Fs(4))
show('access', os.access, top / 'a.txt', os.R_OK)
os.rename(top / 'a.txt', top / 'b.txt')
show('rename missing', os.rename, top / 'a.txt', top / 'c.txt')
os.symlink(top / 'b.txt', top / 'l')
show('readlink', os.readlink, top / 'l')
os.chmod(top / 'b.txt', 0o644)
os.utime(top / 'b.txt', (1, 2))
show('mtime', os.path.getmtime, top / 'b.txt')
fd = os.open(top / 'b.txt', os.O_RDONLY)
print('os.open', os.read(fd, 5))
os.close(fd)
show('statvfs', lambda: os.statvfs(top).f_bsize > 0)
os.unlink(top / 'l')
os.remove(Fs(str(top / 'b.txt')))
os.rmdir(top / 'd')

show('join', os.path.join, top, Path('x'), Fs('y'))
show('join bad', os.path.join, top, 3)
print('split', os.path.split(Path('/a/b')), os.path.basename(Path('/a/b.c')),
      os.path.dirname(Fs('/a/b')), os.path.splitext(Path('x/y.tar.gz')))
print('norm', os.path.normpath(Path('a/./b/../c')), os.path.isabs(Path('/a')),
      os.path.abspath(Path('/a/../b')), os.path.relpath(Path('/a/b/c'), Path('/a')))
print('queries', os.path.exists(top), os.path.isdir(top / 'e'), os.path.isfile(top / 'e'),
      os.path.islink(top), os.path.exists(top / 'none'))
print('expand', os.path.expanduser(Path('x')), os.path.expandvars(Path('a')),
      os.path.commonprefix([Path('/a/bc'), '/a/bd']))
show('basename bad', os.path.basename, 3)

shutil.rmtree(top)
print('gone', os.path.exists(top))


class Off(Fs):
    __fspath__ = None


class Sub(os.PathLike):
    pass


print('PathLike', isinstance(Fs('a'), os.PathLike), isinstance(Path('a'), os.PathLike),
      isinstance('a', os.PathLike), issubclass(Off, os.PathLike), repr(os.PathLike))
try:
    Sub()
except TypeError:
    print('abstract: cannot instantiate')

top = Path(tempfile.mkdtemp())
(top / 'a').write_text('a')
os.link(top / 'a', Fs(str(top / 'b')))
print('link', os.stat(top / 'a').st_nlink, (top / 'b').read_text())
show('link exists', os.link, top / 'a', top / 'b')
show('link missing', os.link, top / 'none', top / 'c')
shutil.rmtree(top)
