# glob: wildcards per component, hidden names, '**' with recursive,
# trailing separators, root_dir, escape, has_magic.  Results are sorted:
# python3 promises no order either.
import glob
import os
import shutil
import tempfile

base = tempfile.mkdtemp()
FILES = ['a.txt', 'b.txt', 'c.py', '.hidden.txt', 'sub/d.txt', 'sub/e.py', 'sub/deep/f.txt',
         'sub/.dot/g.txt', '.hdir/h.txt', 'x[1].txt', 'star*.txt', 'q?.txt']


def make():
    for name in FILES:
        path = os.path.join(base, name)
        if not os.path.isdir(os.path.dirname(path)):
            os.makedirs(os.path.dirname(path))
        f = open(path, 'w')
        f.write(name)
        f.close()
    os.symlink('sub', os.path.join(base, 'link'))


def show(pattern, **kw):
    found = glob.glob(os.path.join(base, pattern), **kw)
    print(repr(pattern), kw, sorted(p[len(base) + 1:] for p in found))


make()
try:
    for pattern in ('*.txt', '*', '.*', '?.py', '[ab].txt', '[!ab].txt', 'sub/*', '*/*.txt',
                    '*/', 'sub', 'sub/', 'nothere', 'nothere/*', 'sub/d.txt', '*/deep/*',
                    'link/*.py', 'x[1].txt', glob.escape('x[1].txt'), glob.escape('star*.txt'),
                    glob.escape('q?.txt')):
        show(pattern)
    for pattern in ('**', '**/*.txt', 'sub/**', 'sub/**/', '**/', '**/deep', 'sub/**/f.txt'):
        show(pattern, recursive=True)
    show('**', recursive=False)
    show('*', include_hidden=True)
    show('**/*.txt', recursive=True, include_hidden=True)
    print(sorted(glob.glob('*.txt', root_dir=base)))
    print(sorted(glob.glob('sub/*', root_dir=base)), glob.glob('nothere', root_dir=base))
    print(sorted(glob.glob('**', root_dir=os.path.join(base, 'sub'), recursive=True)))
    it = glob.iglob(os.path.join(base, '*.py'))
    print(type(it).__name__, [p[len(base) + 1:] for p in it])
    print(glob.glob(''), glob.escape('a*b?c[d]/e'), glob.escape('plain/path'))
    print(glob.has_magic('a*'), glob.has_magic('a[b'), glob.has_magic('abc'))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
