# pathlib's concrete paths in a scratch folder: making, reading, listing, globbing, removing
import os
import shutil
import tempfile
import warnings
from pathlib import Path

top = Path(tempfile.mkdtemp())


def rel(p):
    return p.relative_to(top).as_posix()


def names(paths):
    return sorted(rel(p) for p in paths)


def err(label, f, *args):
    try:
        f(*args)
        print(label, 'no error')
    except OSError as e:
        print(label, type(e).__name__, e.errno, e.strerror, rel(Path(e.filename)))


print('top', top.is_absolute(), top.is_dir(), top.exists(), top.is_file())
data = top / 'data'
data.mkdir()
err('mkdir again', data.mkdir)
data.mkdir(exist_ok=True)
deep = top / 'out' / 'a' / 'b'
err('mkdir no parent', deep.mkdir)
deep.mkdir(parents=True)
deep.mkdir(parents=True, exist_ok=True)
print('deep', deep.is_dir(), rel(deep.parent))

for i, stem in enumerate(['b', 'a', 'c']):
    print('write', (data / (stem + '.csv')).write_text('x,y\n%d,%d\n' % (i, i * i)))
print('bytes', (data / 'raw.bin').write_bytes(b'\x00\x01\xff'))
(data / '.hidden').write_text('h')
(data / 'sub').mkdir()
(data / 'sub' / 'd.csv').write_text('d')
print('read', repr((data / 'a.csv').read_text()))
print('read bytes', (data / 'raw.bin').read_bytes())
err('read missing', (data / 'none.txt').read_text)
try:
    (data / 'x.txt').write_text(b'bytes')
except TypeError as e:
    print('write_text bytes', e)
with (data / 'a.csv').open() as f:
    print('open', f.readline().strip())
with (data / 'log.txt').open('a') as f:
    f.write('one\n')
with (data / 'log.txt').open('a') as f:
    f.write('two\n')
print('log', (data / 'log.txt').read_text().split())

print('iterdir', names(data.iterdir()))
print('glob csv', names(data.glob('*.csv')))
print('glob ?', names(data.glob('?.csv')))
print('glob hidden', names(data.glob('.*')))
print('glob sub', names(data.glob('*/*.csv')))
print('glob plain', names(data.glob('sub/d.csv')), names(data.glob('nope/d.csv')))
print('glob **', names(top.glob('**')))
print('glob **/csv', names(top.glob('**/*.csv')))
print('rglob', names(top.rglob('*.csv')))
print('rglob dirs', names(top.rglob('b')))
for pat in ['', '/abs/*', 'a**/x']:
    try:
        list(data.glob(pat))
    except (ValueError, NotImplementedError) as e:
        print('glob bad', repr(pat), type(e).__name__, e)

f = data / 'a.csv'
st = f.stat()
print('stat', st.st_size, f.lstat().st_size == st.st_size, f.samefile(str(f)))
print('kinds', f.is_file(), f.is_dir(), f.is_symlink(), f.is_fifo(), f.is_socket(),
      f.is_block_device(), f.is_char_device())
missing = top / 'missing' / 'x'
print('missing', missing.exists(), missing.is_dir(), missing.is_file(), missing.is_symlink())
print('file as dir', (f / 'x').exists())

link = top / 'link.csv'
link.symlink_to(f)
print('link', link.is_symlink(), link.is_file(), link.read_text() == f.read_text(),
      rel(link.readlink()), rel(link.resolve()), link.samefile(f))
dlink = top / 'dlink'
dlink.symlink_to(data, target_is_directory=True)
print('dir link', dlink.is_dir(), dlink.is_symlink(), names(dlink.glob('*.csv'))[:1])
print('resolve', rel((data / '..' / 'data' / 'sub').resolve()), rel((top / 'nope' / '..').resolve()))
err('resolve strict', (top / 'nope').resolve, True)

t = data / 'touched'
t.touch()
t.touch()
err('touch excl', t.touch, 0o666, False)
t.chmod(0o600)
print('chmod', oct(t.stat().st_mode & 0o777))
moved = t.rename(data / 'moved')
print('rename', type(moved).__name__, rel(moved), t.exists(), moved.exists())
(data / 'target').write_text('old')
print('replace', rel(moved.replace(data / 'target')), repr((data / 'target').read_text()))
(data / 'target').unlink()
err('unlink missing', (data / 'target').unlink)
(data / 'target').unlink(missing_ok=True)
err('rmdir not empty', data.rmdir)
err('rmdir missing', (top / 'gone').rmdir)
deep.rmdir()
print('rmdir', deep.exists(), deep.parent.exists())

here = os.getcwd()
os.chdir(str(data))
print('cwd', Path.cwd() == data.resolve(), Path('a.csv').absolute() == Path.cwd() / 'a.csv',
      Path('sub/../a.csv').resolve() == Path.cwd() / 'a.csv', Path('.').absolute() == Path.cwd())
os.chdir(here)
home = os.environ.get('HOME')
os.environ['HOME'] = '/home/someone'
print('home', Path.home(), Path('~/x').expanduser(), Path('x/~').expanduser())
if home is None:
    del os.environ['HOME']
else:
    os.environ['HOME'] = home

warnings.simplefilter('ignore', DeprecationWarning)   # python3.11 deprecates link_to
(data / 'a.csv').link_to(data / 'hard.csv')
print('link_to', (data / 'hard.csv').read_text() == (data / 'a.csv').read_text(),
      (data / 'a.csv').stat().st_nlink, (data / 'hard.csv').is_symlink())
(data / 'hard2.csv').hardlink_to(data / 'a.csv')
print('hardlink_to', (data / 'a.csv').stat().st_nlink)
err('link_to exists', (data / 'a.csv').link_to, data / 'b.csv')
err('link_to missing', (data / 'none').link_to, data / 'x.csv')
print('glob *', names(data.glob('*')))
(top / 'loop1').symlink_to(top / 'loop2')
(top / 'loop2').symlink_to(top / 'loop1')
try:
    (top / 'loop1' / 'a').resolve()
except RuntimeError:
    print('resolve loop RuntimeError')
try:
    (top / 'loop1' / 'a').resolve(strict=True)
except RuntimeError as e:
    print('resolve loop strict', str(e).replace(str(top), '<top>'))
print('loop', (top / 'loop1').exists(), (top / 'loop1').is_symlink())
print('is_mount', Path('/').is_mount(), data.is_mount(), f.is_mount(), missing.is_mount())
import grp, pwd
print('owner', f.owner() == pwd.getpwuid(os.getuid()).pw_name, f.group() == grp.getgrgid(os.getgid()).gr_name)
try:
    missing.owner()
except FileNotFoundError as e:
    print('owner of missing', e.errno)

shutil.rmtree(str(top))
print('cleaned', top.exists())
