# open(..., buffering=0) gives FileIO (each write reaches the file at once);
# peek on buffered readers.
import os, tempfile, io
d = tempfile.mkdtemp()
p = os.path.join(d, 'f')
f = open(p, 'wb', buffering=0)
print(type(f).__name__, f.write(b'abc'), os.path.getsize(p), f.closefd, repr(f).endswith("mode='wb' closefd=True>"))
f.write(bytearray(b'de')); print(os.path.getsize(p)); f.close(); print(f.closed)
with open(p, 'rb', buffering=0) as g:
    print(type(g).__name__, g.read(2), g.readall(), g.read(), g.tell())
    g.seek(1); b = bytearray(3); print(g.readinto(b), b)
with open(p, 'r+b', buffering=0) as g:
    print(type(g).__name__, g.read(1), g.write(b'Z'), g.seek(0), g.read())
with open(p, 'rb') as g:
    print(g.peek()[:3], g.read(1), g.peek(1)[:2], g.read(), g.peek())
try: open(p, 'w', buffering=0)
except ValueError as e: print(e)
try: open(p, 'ab').peek()
except Exception as e: print(type(e).__name__)
fd = os.open(p, os.O_RDONLY); h = open(fd, 'rb', buffering=0, closefd=False); print(h.closefd, h.read(2)); h.close(); os.close(fd)
import shutil; shutil.rmtree(d)
