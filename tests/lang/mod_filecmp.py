# filecmp: cmp shallow/deep, cmpfiles, dircmp attributes and reports over a temp tree
import filecmp
import os
import shutil
import tempfile

top = tempfile.mkdtemp()
os.chdir(top)
STAMP = 1700000000


def write(path, data, stamp=STAMP):
    with open(path, 'wb') as f:
        f.write(data)
    os.utime(path, (stamp, stamp))


for side in ('L', 'R'):
    for sub in ('', 'sub', 'sub/deep', 'both_dir', 'CVS', 'sub/__pycache__'):
        os.makedirs(os.path.join(side, sub), exist_ok=True)
    write(side + '/same.txt', b'identical\n')
    write(side + '/sub/deep/same2.txt', b'x' * 20000)
    write(side + '/CVS/ignored', side.encode())
write('L/differ.txt', b'left version\n')
write('R/differ.txt', b'right version, longer\n')
write('L/samesize.txt', b'aaaa')
write('R/samesize.txt', b'bbbb')
write('L/older.txt', b'same bytes')
write('R/older.txt', b'same bytes', STAMP - 100)
write('L/only_left.txt', b'l')
write('L/sub/only_left_sub', b'l')
write('R/only_right.txt', b'r')
write('R/sub/deep/only_right_deep', b'r')
write('L/kind', b'file on the left')
os.mkdir('R/kind')
write('L/sub/deep/big', b'y' * 20000)
write('R/sub/deep/big', b'y' * 19999 + b'z')
os.symlink('nowhere', 'L/dangling')
os.symlink('nowhere', 'R/dangling')

print(filecmp.cmp('L/same.txt', 'R/same.txt'), filecmp.cmp('L/same.txt', 'R/same.txt', shallow=False))
print(filecmp.cmp('L/differ.txt', 'R/differ.txt'), filecmp.cmp('L/differ.txt', 'R/differ.txt', False))
print(filecmp.cmp('L/samesize.txt', 'R/samesize.txt'), filecmp.cmp('L/samesize.txt', 'R/samesize.txt', shallow=False))
print(filecmp.cmp('L/older.txt', 'R/older.txt'), filecmp.cmp('L/sub/deep/big', 'R/sub/deep/big', False))
print(filecmp.cmp('L/sub', 'R/sub'), filecmp.cmp('L/same.txt', 'L/same.txt', False))
write('R/samesize.txt', b'aaaa', STAMP + 5)
print(filecmp.cmp('L/samesize.txt', 'R/samesize.txt'))
write('R/samesize.txt', b'bbbb', STAMP + 6)
print(filecmp.cmp('L/samesize.txt', 'R/samesize.txt'))
filecmp.clear_cache()
try:
    filecmp.cmp('L/missing', 'R/same.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)

print(filecmp.cmpfiles('L', 'R', ['same.txt', 'differ.txt', 'samesize.txt', 'older.txt', 'missing', 'sub']))
print(filecmp.cmpfiles('L', 'R', ['same.txt', 'samesize.txt', 'older.txt'], shallow=False))
print(filecmp.DEFAULT_IGNORES)

d = filecmp.dircmp('L', 'R')
print(d.left, d.right, d.left_list, d.right_list)
print(d.common, d.left_only, d.right_only)
print(d.common_dirs, d.common_files, d.common_funny)
print(d.same_files, d.diff_files, d.funny_files)
print(sorted(d.subdirs), type(d.subdirs['sub']).__name__, d.subdirs['sub'].subdirs['deep'].diff_files)
try:
    d.nonexistent
except AttributeError as e:
    print('AttributeError:', e)
d.report()
print('--- full')
d.report_full_closure()
print('--- partial')
d.report_partial_closure()

d2 = filecmp.dircmp('L', 'R', ignore=['sub'], hide=['same.txt', '.', '..'])
print(d2.left_list, d2.common)
d2.report()
filecmp.dircmp('L/sub/deep', 'R/sub/deep').report()


class Mine(filecmp.dircmp):
    pass


m = Mine('L', 'R')
m.phase4_closure()
print(type(m.subdirs['sub'].subdirs['deep']).__name__)
try:
    filecmp.dircmp('L', 'nope').left_list
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
os.chdir('/')
shutil.rmtree(top)
