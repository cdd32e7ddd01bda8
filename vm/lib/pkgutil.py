"""pkgutil for gilvm: the modules a directory holds, and data files that
sit beside a package's source.

gilvm's importer is its own (no FileFinder, no zip imports), so a module
is found by looking at the directory itself: a NAME.py file, or a NAME
directory with an __init__.py.  A resource is read from the package's
directory on disk.
"""

import collections
import importlib
import os
import sys

__all__ = ['ModuleInfo', 'iter_modules', 'walk_packages', 'get_data']

ModuleInfo = collections.namedtuple('ModuleInfo', 'module_finder name ispkg')
ModuleInfo.__doc__ = 'A namedtuple with minimal info about a module.'


class _DirectoryFinder:
    """Stands for the directory a module was found in."""

    def __init__(self, path):
        self.path = path

    def find_spec(self, fullname, target=None):
        from importlib.machinery import PathFinder
        return PathFinder.find_spec(fullname, [self.path])

    def __repr__(self):
        return 'DirectoryFinder(%r)' % self.path


def _module_name(directory, entry):
    """(name, ispkg) for a directory entry that is an importable module, else None."""
    full = os.path.join(directory, entry)
    if os.path.isdir(full):
        if '.' not in entry and os.path.isfile(os.path.join(full, '__init__.py')):
            return entry, True
        return None
    name, ext = os.path.splitext(entry)
    if ext == '.py' and name != '__init__':
        return name, False
    return None


def _iter_directory(directory, prefix):
    try:
        entries = sorted(os.listdir(directory))
    except OSError:
        return
    finder = _DirectoryFinder(directory)
    seen = set()
    for entry in entries:
        found = _module_name(directory, entry)
        if found and found[0] not in seen:
            seen.add(found[0])
            yield ModuleInfo(finder, prefix + found[0], found[1])


def iter_modules(path=None, prefix=''):
    """ModuleInfo for each top-level module in the directories of path
    (sys.path when None); a name found twice is reported once."""
    if path is None:
        path = sys.path
    elif isinstance(path, str):
        raise ValueError('path must be None or list of paths to look for modules in')
    seen = set()
    for directory in path:
        for info in _iter_directory(directory or '.', prefix):
            if info.name not in seen:
                seen.add(info.name)
                yield info


def walk_packages(path=None, prefix='', onerror=None):
    """ModuleInfo for every module below path, packages imported to look inside."""
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
        sub = getattr(sys.modules[info.name], '__path__', None) or []
        yield from walk_packages(sub, info.name + '.', onerror)


def get_data(package, resource):
    """The bytes of resource ('/'-separated, relative to package's
    directory), or None when the package has no file on disk."""
    module = sys.modules.get(package) or importlib.import_module(package)
    filename = getattr(module, '__file__', None)
    if not filename:
        return None
    parts = [os.path.dirname(filename)] + resource.split('/')
    with open(os.path.join(*parts), 'rb') as f:
        return f.read()
