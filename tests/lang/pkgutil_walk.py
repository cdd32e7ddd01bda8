import os
import sys
import tempfile
import pkgutil
import importlib

tmp = tempfile.mkdtemp()
def write(rel, text=''):
    path = os.path.join(tmp, *rel.split('/'))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

write('top1.py', 'X = 1\n')
write('alpha/__init__.py', 'from pkgutil import extend_path\n__path__ = extend_path(__path__, __name__)\n')
write('alpha/one.py', 'V = "one"\n')
write('alpha/sub/__init__.py')
write('alpha/sub/deep.py', 'D = 4\n')
write('alpha/data/info.txt', 'payload\n')
write('alpha/not.a.module.py')
write('beta/__init__.py', 'raise ImportError("beta is broken")\n')
write('gamma/__init__.py', 'raise ValueError("gamma fails")\n')
write('nspace/loose.py')
write('other/alpha/two.py', 'V = "two"\n')
write('alpha.pkg', '# comment\n\n/extra/dir\n')
write('notes.txt', 'x')
sys.path.insert(0, tmp)
sys.path.insert(1, os.path.join(tmp, 'other'))

for info in pkgutil.iter_modules([tmp]):
    print(info.name, info.ispkg, type(info.module_finder).__name__, info.module_finder.path == tmp)
print([(i.name, i.ispkg) for i in pkgutil.iter_modules([os.path.join(tmp, 'alpha')], 'alpha.')])
errors = []
walked = [(i.name, i.ispkg) for i in pkgutil.walk_packages([tmp], onerror=errors.append)]
print(walked)
print(errors)
try:
    list(pkgutil.walk_packages([tmp]))
except ValueError as e:
    print('ValueError', e)
try:
    list(pkgutil.iter_modules(tmp))
except ValueError as e:
    print('ValueError', e)

import alpha
print([p.replace(tmp, 'TMP') for p in alpha.__path__])
import alpha.two
print(alpha.two.V)
print(pkgutil.get_data('alpha', 'data/info.txt'))
try:
    pkgutil.get_data('alpha', 'data/missing.txt')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(pkgutil.get_data('no_such_pkg_xyz', 'x'))
print(pkgutil.extend_path('notalist', 'alpha'))

print(type(pkgutil.find_loader('top1')).__name__, pkgutil.find_loader('no_such_mod_xyz'))
print(pkgutil.find_loader('alpha.sub.deep').get_filename().replace(tmp, 'TMP'))
try:
    pkgutil.find_loader('.rel')
except ImportError as e:
    print('ImportError', e)
import top1
print(type(pkgutil.get_loader('top1')).__name__, type(pkgutil.get_loader(top1)).__name__)
print(pkgutil.get_loader('alpha.one').get_source('alpha.one'))
print(pkgutil.get_loader('no_such_mod_xyz'))
names = {i.name: i.ispkg for i in pkgutil.iter_modules()}
print(names.get('json'), names.get('os'), names.get('top1'), names.get('alpha'))
print(isinstance(pkgutil.get_importer(tmp), type(pkgutil.get_importer(tmp))), pkgutil.get_importer(tmp) is pkgutil.get_importer(tmp))
print([type(f).__name__ for f in pkgutil.iter_importers('alpha.sub')][:2])

print(pkgutil.resolve_name('os.path:join') is os.path.join)
print(pkgutil.resolve_name('os.path.join') is os.path.join)
print(pkgutil.resolve_name('alpha.sub.deep.D'), pkgutil.resolve_name('alpha.sub.deep:D'))
print(pkgutil.resolve_name('alpha.sub:') is sys.modules['alpha.sub'])
print(pkgutil.resolve_name('json.decoder.JSONDecoder').__name__)
for bad in ['1abc', 'a..b', 'a:b:c', '', 'a-b']:
    try:
        pkgutil.resolve_name(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ['os.path.nothing_here', 'os:nothing.x', 'no_such_mod_xyz.a']:
    try:
        pkgutil.resolve_name(bad)
    except (AttributeError, ImportError) as e:
        print(type(e).__name__, e)
import shutil
shutil.rmtree(tmp)
