# fileinput: several files as one stream, per-file counters, nextfile, inplace edit with backup
import fileinput
import os
import shutil
import sys
import tempfile

d = tempfile.mkdtemp()


def write(name, text):
    path = os.path.join(d, name)
    with open(path, 'w') as f:
        f.write(text)
    return path


def read(path):
    with open(path) as f:
        return f.read()


a = write('a.txt', 'alpha 1\nalpha 2\nalpha 3\n')
b = write('b.txt', 'beta 1\nbeta 2')
empty = write('empty.txt', '')


def where(fi):
    return (os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin())


with fileinput.FileInput([a, empty, b]) as fi:
    print(fi.filename(), fi.lineno(), fi.fileno())
    for line in fi:
        print(repr(line), where(fi), fi.fileno() > 2)
    print(where(fi))
print(fi.fileno(), repr(fi.readline()))

for line in fileinput.input((a, b)):
    if fileinput.isfirstline():
        print('--', os.path.basename(fileinput.filename()))
    print(fileinput.lineno(), fileinput.filelineno(), line.rstrip())
    if fileinput.filelineno() == 2:
        fileinput.nextfile()
fileinput.close()
for func in (fileinput.filename, fileinput.lineno, fileinput.nextfile, fileinput.isstdin):
    try:
        func()
    except RuntimeError as e:
        print('RuntimeError:', e)

fi = fileinput.input(a)
print(repr(next(fi)))
try:
    fileinput.input(b)
except RuntimeError as e:
    print('RuntimeError:', e)
fileinput.close()

print(list(fileinput.FileInput(b, mode='rb')))
seen = []


def hook(name, mode):
    seen.append(mode)
    return open(name, mode)


fi = fileinput.FileInput([a], openhook=hook)
print(len(list(fi)), seen)
fi.close()
fi = fileinput.FileInput(a, openhook=fileinput.hook_encoded('utf-8'))
print(fi.readline().rstrip(), fi.readline().rstrip())
fi.close()

for kwargs in [{'mode': 'w'}, {'mode': 'rU'}, {'inplace': True, 'openhook': open}, {'openhook': 'nope'}]:
    try:
        fileinput.FileInput(a, **kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    list(fileinput.FileInput([a, os.path.join(d, 'missing.txt')]))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

os.chmod(a, 0o640)
for line in fileinput.input([a, b], inplace=True, backup='.orig'):
    print(fileinput.filelineno(), line.upper(), end='')
print('after inplace:', sys.stdout is sys.__stdout__)
print(repr(read(a)), repr(read(b)))
print(repr(read(a + '.orig')), repr(read(b + '.orig')))
print(oct(os.stat(a).st_mode & 0o777))

c = write('c.txt', 'one\ntwo\n')
with fileinput.input(c, inplace=True) as fi:
    for line in fi:
        if line != 'two\n':
            print(line, end='')
print(repr(read(c)), sorted(os.listdir(d)))

saved = sys.stdin
sys.stdin = open(b)
with fileinput.input(['-', a]) as fi:
    for line in fi:
        print(fi.filename() if fi.isstdin() else os.path.basename(fi.filename()), fi.isstdin(), repr(line))
sys.stdin.close()
sys.stdin = saved

saved_argv = sys.argv
sys.argv = ['prog', c, b]
print([line.rstrip() for line in fileinput.input()])
fileinput.close()
sys.argv = saved_argv
shutil.rmtree(d)
