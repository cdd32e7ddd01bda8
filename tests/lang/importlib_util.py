# importlib.util and importlib.reload: finding a module without importing it,
# loading a plugin from a file path, and running a module's code again.
import importlib
import importlib.machinery
import importlib.util
import os
import sys
import tempfile

tmp = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(tmp, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    return path


def short(path):
    return path.replace(tmp, '<tmp>') if isinstance(path, str) else path


# find_spec: is a module there, without importing it?
for name in ['json', 'math', 'collections.abc', 'no_such_module_xyz']:
    spec = importlib.util.find_spec(name)
    print(name, spec is not None, spec is not None and spec.name == name)
print('json.decoder imported by find_spec:', 'json.decoder' in sys.modules or 'json' in sys.modules)
try:
    importlib.util.find_spec('math.sub')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

# a plugin loaded by its path
plugin = write('plugins/greet.py', 'CALLS = []\ndef hello(who):\n    CALLS.append(who)\n    return "hello " + who\n')
spec = importlib.util.spec_from_file_location('greet_plugin', plugin)
print(spec.name, short(spec.origin), spec.has_location, spec.submodule_search_locations, spec.parent == '')
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, short(mod.__file__), mod.__spec__ is spec, mod.__loader__ is spec.loader)
print('hello' in vars(mod))
spec.loader.exec_module(mod)
print(mod.hello('world'), mod.CALLS)
print('greet_plugin' in sys.modules)
print(importlib.util.spec_from_file_location('data', os.path.join(tmp, 'data.txt')))

# a package on sys.path: the spec says where its submodules are
write('pkgroot/mypkg/__init__.py', 'VALUE = 1\n')
write('pkgroot/mypkg/sub.py', 'X = "sub"\n')
sys.path.insert(0, os.path.join(tmp, 'pkgroot'))
spec = importlib.util.find_spec('mypkg')
print(spec.name, short(spec.origin), [short(p) for p in spec.submodule_search_locations], spec.parent)
spec = importlib.util.find_spec('mypkg.sub')
print(spec.name, short(spec.origin), spec.submodule_search_locations, spec.parent, 'mypkg' in sys.modules)
print(importlib.util.find_spec('.sub', 'mypkg').name)
print(isinstance(spec.loader, importlib.machinery.SourceFileLoader), spec.loader.is_package('mypkg.sub'))
print(spec.loader.get_source('mypkg.sub'))

# reload runs the code again in the same namespace
import mypkg
mypkg.extra = 'kept'
write('pkgroot/mypkg/__init__.py', 'VALUE = 2\n')
again = importlib.reload(mypkg)
print(again is mypkg, mypkg.VALUE, mypkg.extra)
try:
    importlib.reload(3)
except TypeError as e:
    print('TypeError', e)
try:
    importlib.reload(type(sys)('loose'))
except ImportError as e:
    print('ImportError', e, e.name)

print(importlib.machinery.SOURCE_SUFFIXES, '.py' in importlib.machinery.all_suffixes())
print(importlib.machinery.BuiltinImporter.find_spec('sys').origin)
