# TextIOWrapper.tell and seek between whole reads and writes, over files
# and BytesIO, in codecs open() hands to the Python wrapper.
import io
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), 't.txt')
with open(path, 'w', encoding='latin-1') as f:
    print(f.tell())
    f.write('héllo\n')
    print(f.tell())
    f.write('wörld\n')
    print(f.tell())
with open(path, encoding='latin-1') as f:
    print(f.tell(), repr(f.read()), f.tell())
    f.seek(0)
    print(repr(f.read(3)))
    f.seek(7)
    print(repr(f.read()))
w = io.TextIOWrapper(io.BytesIO(), encoding='utf-16-le')
print(w.tell())
w.write('ab')
print(w.tell())
w.seek(0)
print(repr(w.read()), w.tell())
