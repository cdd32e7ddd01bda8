# tempfile.SpooledTemporaryFile (memory until max_size, then a real file)
# and mktemp.
import os
import tempfile

with tempfile.SpooledTemporaryFile(max_size=10) as f:
    print(f._rolled, f.name, f.mode, f.closed)
    print(f.write(b'12345'), f._rolled, f.tell())
    f.seek(0)
    print(f.read(), f._rolled)
    print(f.write(b'abcdefgh'), f._rolled, f.tell())
    print(type(f.name).__name__, f.mode)
    f.seek(2)
    print(f.read(4), f.tell())
    f.seek(0)
    print(f.readline(), list(f))
    f.truncate(3)
    f.seek(0)
    print(f.read())
print(f.closed)

# text mode keeps characters, rolls over at the same position
f = tempfile.SpooledTemporaryFile(max_size=7, mode='w+', encoding='utf-8')
print(f.mode, f.encoding, f.errors)
f.write('héé')
print(f._rolled, f.tell())        # a text position counts bytes
f.seek(3)
print(repr(f.read()), f.tell())
f.write('\n')
print(f._rolled, f.tell())
f.seek(3)
print(repr(f.read()), f.tell())
f.seek(0)
print(repr(f.readline()))
f.seek(0, 2)
f.writelines(['line two\n', 'three\n'])
print(f._rolled)
f.seek(0)
print(f.readlines())
f.close()

# no limit: stays in memory until fileno() is asked for
f = tempfile.SpooledTemporaryFile()
f.write(b'x' * 10000)
print(f._rolled, f.tell())
fd = f.fileno()
print(f._rolled, isinstance(fd, int), f.tell(), os.fstat(fd).st_size)
f.rollover()
f.seek(0)
print(len(f.read()))
f.close()

f = tempfile.SpooledTemporaryFile(max_size=100)
f.write(b'abc')
f.truncate(50)
print(f._rolled, f.tell())
f.truncate(1)
f.seek(0)
print(f.read(), f.isatty())
f.close()
try:
    with f:
        pass
except ValueError as e:
    print('ValueError', e)

# mktemp: a free name in the folder asked for, with the parts asked for
d = tempfile.mkdtemp()
name = tempfile.mktemp(suffix='.txt', prefix='pre_', dir=d)
base = os.path.basename(name)
print(os.path.dirname(name) == d, base.startswith('pre_'), base.endswith('.txt'),
      len(base) > len('pre_.txt'), os.path.exists(name))
print(os.path.dirname(tempfile.mktemp()) == tempfile.gettempdir())
names = {tempfile.mktemp(dir=d) for _ in range(20)}
print(len(names), all(os.path.basename(n).startswith('tmp') for n in names))
os.rmdir(d)
