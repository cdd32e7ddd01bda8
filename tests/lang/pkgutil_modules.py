# pkgutil: the modules a directory holds (iter_modules, walk_packages) and
# a package's data files (get_data), on a tree built in a temp dir.
import os
import pkgutil
import sys
import tempfile

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, *rel.split('/'))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)


write('alpha.py', 'X = 1\n')
write('beta/__init__.py', '')
write('beta/fix_one.py', '')
write('beta/fix_two.py', '')
write('beta/inner/__init__.py', '')
write('beta/inner/deep.py', '')
write('beta/data/grammar.txt', 'start: NAME\n')
write('notpkg/readme.py', '')
write('notes.txt', 'not a module\n')
write('zeta.py', '')

for info in pkgutil.iter_modules([root]):
    print(info.name, info.ispkg, os.path.samefile(info.module_finder.path, root))
print([m.name for m in pkgutil.iter_modules([os.path.join(root, 'beta')], 'beta.')])
print(type(next(pkgutil.iter_modules([root]))).__name__)

sys.path.insert(0, root)
print(sorted(name for _, name, _ in pkgutil.walk_packages([root])))
print(pkgutil.get_data('beta', 'data/grammar.txt'))
import beta
print([n for _, n, _ in pkgutil.iter_modules(beta.__path__) if n.startswith('fix_')])
try:
    pkgutil.get_data('beta', 'data/missing.txt')
except FileNotFoundError:
    print('FileNotFoundError')
try:
    list(pkgutil.iter_modules(root))
except ValueError as e:
    print('ValueError', e)
print(list(pkgutil.iter_modules([os.path.join(root, 'nowhere')])))
