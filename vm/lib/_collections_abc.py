"""_collections_abc: where CPython keeps the ABCs that collections.abc
exports; gilvm keeps them in collections.abc, so this module names the
same classes (and the helper subclass hooks use) for code importing them
from here."""

from collections.abc import *           # noqa: F401,F403
from collections.abc import __all__, _check_methods   # noqa: F401
