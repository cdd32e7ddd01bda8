# file.truncate: cut or extend to a size, the current position by default;
# the position does not move.
import os
import tempfile

fd, path = tempfile.mkstemp()
os.close(fd)
with open(path, 'w+b') as f:
    f.write(b'0123456789')
    print(f.truncate(6), f.tell(), os.path.getsize(path))
    f.seek(2)
    print(f.read(2), f.truncate(), f.tell(), os.path.getsize(path))
    f.seek(0)
    print(f.read())
    print(f.truncate(8), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(1)
    f.read(1)                       # read-ahead must not survive the cut
    f.truncate(3)
    print(f.read(), f.tell())
with open(path, 'w+') as f:
    f.write('héllo')
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.truncate(3), repr(f.read()))
with open(path, 'rb') as f:
    try:
        f.truncate()
    except OSError as e:
        print('OSError', isinstance(e, OSError))
f = open(path, 'r+b')
f.close()
try:
    f.truncate()
except ValueError as e:
    print('ValueError')
os.unlink(path)
