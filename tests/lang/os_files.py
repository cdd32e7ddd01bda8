# os on files and folders, in a fresh empty folder (argv[1]): mkdir,
# makedirs, listdir, stat, rename, remove, rmdir, chdir, and the errors,
# which name the file as CPython's do.
import os
import sys

os.chdir(sys.argv[1])
print(os.listdir(), os.listdir('.'))
os.mkdir('d')
os.makedirs('d/e/f')
os.makedirs('d/e/f', exist_ok=True)
with open('d/file.txt', 'w') as f:
    f.write('hello\n' * 10)
print(sorted(os.listdir('d')), os.path.isdir('d/e/f'), os.path.isfile('d/file.txt'))
st = os.stat('d/file.txt')
print(st.st_size, st[6], len(st), type(st.st_mtime).__name__, type(st[8]).__name__,
      st.st_mtime >= st[8], st.st_mode & 0o170000 == 0o100000, st.st_nlink)
print(os.path.getsize('d/file.txt'), os.stat('d').st_mode & 0o170000 == 0o040000)
print(repr(st).startswith('os.stat_result(st_mode='))
fd = os.open('d/file.txt', os.O_RDONLY)
print(os.fstat(fd).st_size, os.read(fd, 5))
os.close(fd)
os.rename('d/file.txt', 'd/moved.txt')
print(sorted(os.listdir('d')))
os.symlink('moved.txt', 'd/link')
print(os.path.islink('d/link'), os.readlink('d/link'),
      os.path.realpath('d/link') == os.path.realpath('d/moved.txt'))
os.unlink('d/link')


def attempt(label, fn, *args):
    try:
        fn(*args)
        print(label, 'ok')
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.filename), repr(e.filename2), e)


attempt('mkdir', os.mkdir, 'd')
attempt('rmdir', os.rmdir, 'd')
attempt('rmdir', os.rmdir, 'nope')
attempt('remove', os.remove, 'nope')
attempt('unlink', os.unlink, 'd')
attempt('stat', os.stat, 'nope/x')
attempt('listdir', os.listdir, 'nope')
attempt('listdir', os.listdir, 'd/moved.txt')
attempt('rename', os.rename, 'nope', 'other')
attempt('chdir', os.chdir, 'nope')
attempt('open', os.open, 'nope', os.O_RDONLY)
attempt('makedirs', os.makedirs, 'd/e')
attempt('read', os.read, 12345, 1)
try:
    open('nope')
except FileNotFoundError as e:
    print(e)
try:
    os.stat(3.5)
except TypeError as e:
    print('TypeError')
os.remove('d/moved.txt')
os.rmdir('d/e/f')
os.removedirs('d/e')
print(os.listdir(), os.path.exists('d'))
os.chdir('/')
print(os.getcwd())
