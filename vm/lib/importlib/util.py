"""importlib.util for gilvm: finding a module without importing it, and
making and running a module from a spec (a plugin loaded by its path)."""

import sys

from importlib import _resolve_name
from importlib._bootstrap import (module_from_spec, spec_from_file_location, spec_from_loader,
                                  find_spec as _find_spec, spec_of as _spec_of)

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'spec_from_loader']


def resolve_name(name, package):
    """The absolute name of `name`, relative to `package` when it starts with dots."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ValueError('no package specified for {!r} (required for relative '
                         'module names)'.format(name))
    level = len(name) - len(name.lstrip('.'))
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of the module `name`, or None when no import would find it.
    A submodule's parent package is imported to search its __path__."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        spec = _spec_of(module)
        if spec is None:
            raise ValueError('{}.__spec__ is None'.format(name))
        return spec
    parent_name = fullname.rpartition('.')[0]
    path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                '__path__ attribute not found on {!r} while trying to find {!r}'.format(
                    parent_name, fullname), name=fullname) from e
    return _find_spec(fullname, path)
