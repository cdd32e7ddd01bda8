"""importlib for gilvm: import_module and invalidate_caches, as CPython's.

The import machinery itself is gilvm's C importer (vm/runtime/import.c);
this module is its Python face, and the proof that a library module
written in Python ships inside the binary."""

import sys

__all__ = ['import_module', 'invalidate_caches']


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
