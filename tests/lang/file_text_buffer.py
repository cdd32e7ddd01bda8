# A text file's .buffer: sys.stdin.buffer reads bytes (not UTF-8 too),
# line by line or all at once; a text file's buffer has the binary class
# and mode of its text mode, and what is written to it comes out before the
# text not yet flushed, as CPython's layers order them.
import os
import subprocess
import sys
import tempfile


def child(code, data):
    r = subprocess.run([sys.executable, '-c', code], input=data, stdout=subprocess.PIPE)
    return r.returncode, r.stdout


print(child('import sys; d = sys.stdin.buffer.read(); sys.stdout.buffer.write(d[::-1])', b'ab\xffc\n'))
print(child('import sys\nfor line in sys.stdin.buffer: print(line)', b'one\ntwo\xfe\nthree'))
print(child('import sys; b = sys.stdin.buffer\nprint(b.readline(), b.read(2), b.readlines())',
            b'x\nyz\nw\n'))
print(child('import sys; b = sys.stdin.buffer; print(type(b).__name__, b.mode, b is sys.stdin.buffer, '
            'b.readable(), b.writable(), b.fileno())', b''))

d = tempfile.mkdtemp()
path = os.path.join(d, 't.txt')
with open(path, 'w') as f:
    f.write('h\u00e9llo\n')
    f.buffer.write(b'raw\n')
    f.write('after\n')
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w') as f:
    f.write('first\n')
    f.flush()
    f.buffer.write(b'second\n')
    f.buffer.flush()
    f.write('third\n')
with open(path, 'rb') as f:
    print(f.read())
for mode in ('r', 'w', 'a', 'r+', 'w+'):
    f = open(path, mode)
    b = f.buffer
    print(mode, type(b).__name__, b.mode, b.name == path, b.closed)
    f.close()
    print(' closed with the text file:', b.closed)
with open(path) as f:
    b = f.buffer
    print(b.read())
os.unlink(path)
os.rmdir(d)
