"""gilvm -m unittest [-v] [-q] [-f] [-b] [-k PATTERN] [TESTS]: runs the named
tests (modules, classes, methods), or with none every test*.py module found
under the current folder."""

import sys

from .loader import main

sys.argv[0] = 'python -m unittest'
main(module=None)
