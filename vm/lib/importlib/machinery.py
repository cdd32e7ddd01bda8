"""importlib.machinery for gilvm: module specs, and the finders and loaders
that find and run modules as gilvm's `import` does (importlib/_bootstrap.py)."""

from importlib._bootstrap import (ModuleSpec, BuiltinImporter, SourceFileLoader, PathFinder,
                                  SOURCE_SUFFIXES)

BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix a module can be loaded from."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
