"""pkgutil: listing the modules of folders and packages, package data, and
names resolved to objects, over gilvm's importer (importlib/_bootstrap.py).

gilvm's importer has no sys.meta_path nor sys.path_hooks: every sys.path
entry is a folder (or the embedded library, which _imp lists), so the
finder of an entry that is a folder is always a FileFinder (named as the
finder CPython uses for one).
"""

import importlib
import importlib.util
import os
import re
import sys
from collections import namedtuple
from importlib._bootstrap import PathFinder, ModuleSpec, spec_of
from importlib.machinery import all_suffixes

import _imp

__all__ = ['get_importer', 'iter_importers', 'get_loader', 'find_loader',
           'walk_packages', 'iter_modules', 'get_data', 'extend_path',
           'ModuleInfo', 'resolve_name']

ModuleInfo = namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


def _module_name(filename):
    """The module a file name holds (its name less a module suffix), or None."""
    for suffix in sorted(all_suffixes(), key=len, reverse=True):
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return filename[:-len(suffix)]
    return None


class FileFinder:
    """The finder of one sys.path entry: the modules one folder holds."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return 'FileFinder({!r})'.format(self.path)

    def find_spec(self, fullname, target=None):
        spec = PathFinder.find_spec(fullname, [self.path])
        if spec is not None:
            return spec
        portion = os.path.join(self.path, fullname.rpartition('.')[2])
        if self.path != _imp.libdir and os.path.isdir(portion):
            spec = ModuleSpec(fullname, None, is_package=True)   # a namespace portion
            spec.submodule_search_locations = [portion]
            return spec
        return None

    def _entries(self):
        """(name, is_folder) of what the folder holds, sorted by name."""
        if self.path == _imp.libdir:
            names = set()
            for rel in _imp.embedded_files():
                head, sep, _ = rel.partition('/')
                names.add((head, bool(sep)))
            return sorted(names)
        try:
            names = sorted(os.listdir(self.path or '.'))
        except OSError:
            return []
        return [(n, os.path.isdir(os.path.join(self.path, n))) for n in names]

    def _is_package(self, name):
        if self.path == _imp.libdir:
            return name + '/__init__.py' in _imp.embedded_files()
        try:
            held = os.listdir(os.path.join(self.path, name))
        except OSError:
            return False
        return any(_module_name(f) == '__init__' for f in held)

    def iter_modules(self, prefix=''):
        """(name, ispkg) of each module and package, once each."""
        seen = set()
        for entry, is_folder in self._entries():
            if is_folder:
                name, ispkg = entry, True
                if '.' in name or not self._is_package(name):
                    continue
            else:
                name, ispkg = _module_name(entry), False
                if not name or name == '__init__' or '.' in name:
                    continue
            if name not in seen:
                seen.add(name)
                yield prefix + name, ispkg


_finders = {}


def get_importer(path_item):
    """The finder of the sys.path entry path_item; None when no folder."""
    path_item = os.fsdecode(path_item)
    finder = _finders.get(path_item)
    if finder is None:
        if path_item != _imp.libdir and not os.path.isdir(path_item or '.'):
            return None
        finder = _finders[path_item] = FileFinder(path_item)
    return finder


def iter_importers(fullname=''):
    """The finders that would be asked for the module fullname."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    if '.' in fullname:
        parent = importlib.import_module(fullname.rpartition('.')[0])
        path = getattr(parent, '__path__', None)
        if path is None:
            return
    else:
        path = sys.path
    for item in path:
        yield get_importer(item)


def iter_modules(path=None, prefix=''):
    """ModuleInfo for each top-level module of the folders in path (sys.path
    when None), a name once only."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    else:
        finders = map(get_importer, path)
    seen = set()
    for finder in finders:
        if finder is None:
            continue
        for name, ispkg in finder.iter_modules(prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module, recursively: each package is imported to
    walk its __path__; onerror(name) is told of a package that fails to."""
    visited = set()

    def walk(path, prefix):
        for info in iter_modules(path, prefix):
            yield info
            if not info.ispkg:
                continue
            try:
                __import__(info.name)
            except ImportError:
                if onerror is not None:
                    onerror(info.name)
                continue
            except Exception:
                if onerror is None:
                    raise
                onerror(info.name)
                continue
            sub = [p for p in getattr(sys.modules[info.name], '__path__', None) or []
                   if p not in visited]
            visited.update(sub)
            yield from walk(sub, info.name + '.')
    return walk(path, prefix)


def get_data(package, resource):
    """The bytes of resource ('/'-separated, relative to package's folder),
    or None when package's loader cannot read data."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.loader is None or not hasattr(spec.loader, 'get_data'):
        return None
    module = sys.modules.get(package) or importlib.import_module(package)
    if getattr(module, '__file__', None) is None:
        return None
    parts = [os.path.dirname(module.__file__)] + resource.split('/')
    return spec.loader.get_data(os.path.join(*parts))


def _pkg_file_lines(pkgfile):
    try:
        with open(pkgfile) as f:
            return [line.strip() for line in f]
    except OSError as err:
        sys.stderr.write("Can't open %s: %s\n" % (pkgfile, err))
        return []


def extend_path(path, name):
    """A package's __path__ extended with the folder of the same package in
    every other sys.path entry (or parent's __path__), and with the lines of
    any NAME.pkg file there."""
    if not isinstance(path, list):
        return path
    parent, _, last = name.rpartition('.')
    if parent:
        try:
            search = sys.modules[parent].__path__
        except (KeyError, AttributeError):
            return path
    else:
        search = sys.path
    path = path[:]
    for folder in search:
        if not isinstance(folder, str):
            continue
        finder = get_importer(folder)
        spec = finder.find_spec(last) if finder is not None else None
        for portion in (spec.submodule_search_locations or []) if spec else []:
            if portion not in path:
                path.append(portion)
        pkgfile = os.path.join(folder, last + '.pkg')
        if os.path.isfile(pkgfile):
            path.extend(line for line in _pkg_file_lines(pkgfile)
                        if line and not line.startswith('#'))
    return path


def find_loader(fullname):
    """The loader of the module fullname, or None when none would load it."""
    if fullname.startswith('.'):
        raise ImportError('Relative module name {!r} not supported'.format(fullname))
    try:
        spec = importlib.util.find_spec(fullname)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        raise ImportError('Error while finding loader for {!r} ({}: {})'.format(
            fullname, type(ex), ex)) from ex
    return spec.loader if spec is not None else None


def get_loader(module_or_name):
    """The loader of a module, or of the module with that name."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
        if module_or_name is None:
            return None
    if isinstance(module_or_name, type(sys)):
        loader = getattr(module_or_name, '__loader__', None)
        if loader is not None:
            return loader
        spec = spec_of(module_or_name)
        return None if spec is None else spec.loader
    return find_loader(module_or_name)


_DOTTED = r'(?!\d)\w+(\.(?!\d)\w+)*'
_NAME_FORM = re.compile('^(?P<mod>%s)(?P<colon>:(?P<attrs>%s)?)?$' % (_DOTTED, _DOTTED))


def resolve_name(name):
    """The object 'pkg.mod:attr.attr' (or, without the colon, the longest
    importable module prefix of 'pkg.mod.attr') names."""
    m = _NAME_FORM.match(name)
    if m is None:
        raise ValueError('invalid format: {!r}'.format(name))
    if m.group('colon'):
        obj = importlib.import_module(m.group('mod'))
        attrs = m.group('attrs').split('.') if m.group('attrs') else []
    else:
        attrs = name.split('.')
        modname = attrs.pop(0)
        obj = importlib.import_module(modname)
        while attrs:
            try:
                obj = importlib.import_module(modname + '.' + attrs[0])
            except ImportError:
                break
            modname += '.' + attrs.pop(0)
    for attr in attrs:
        obj = getattr(obj, attr)
    return obj
