# PEP 420: a folder without __init__.py on sys.path is a namespace package
# whose __path__ spans every such folder; a regular package or a module of
# the same name anywhere on the path wins over it.
import os
import sys

HERE = sys.path[0]
sys.path[1:1] = [os.path.join(HERE, "impfix", "ns_a"), os.path.join(HERE, "impfix", "ns_b")]

import nspkg
print([os.path.relpath(p, HERE) for p in nspkg.__path__])
print(nspkg.__name__, nspkg.__package__, getattr(nspkg, "__file__", None))
import nspkg.mod_a
import nspkg.mod_b
print(nspkg.mod_a.NAME, "|", nspkg.mod_b.NAME, "|", nspkg.mod_a is sys.modules["nspkg.mod_a"])
from nspkg.inner import deep
print(deep.VALUE, [os.path.relpath(p, HERE) for p in sys.modules["nspkg.inner"].__path__])

import regular
print(regular.KIND, os.path.relpath(regular.__file__, HERE))
try:
    import regular.shadowed
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    import nspkg.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
