"""importlib for gilvm: import_module and invalidate_caches, as CPython's.

The import machinery itself is gilvm's C importer (vm/runtime/import.c);
this module is its Python face, and the proof that a library module
written in Python ships inside the binary."""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    """The absolute name of a name `level` dots relative to package."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to do: gilvm's importer keeps no finder caches."""


def reload(module):
    """Run a module's code again in its own namespace, found afresh as
    `import` would find it; the result is what sys.modules then holds."""
    from importlib import _bootstrap
    if not isinstance(module, type(sys)):
        raise TypeError("reload() argument must be a module")
    spec = getattr(module, '__spec__', None)
    name = spec.name if spec is not None else module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError('module {} not in sys.modules'.format(name), name=name)
    parent_name = name.rpartition('.')[0]
    path = None
    if parent_name:
        if parent_name not in sys.modules:
            raise ImportError('parent {!r} not in sys.modules'.format(parent_name), name=parent_name)
        path = sys.modules[parent_name].__path__
    spec = _bootstrap.find_spec(name, path)
    if spec is None:
        raise ModuleNotFoundError('spec not found for the module {!r}'.format(name), name=name)
    _bootstrap.init_module_attrs(spec, module, override=True)
    if spec.loader is not _bootstrap.BuiltinImporter:
        spec.loader.exec_module(module)
    return sys.modules[name]
