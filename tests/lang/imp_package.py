# Packages and modules from the script's folder (tests/lang/impfix/): plain,
# dotted and relative imports, module caching, the module attributes,
# __import__'s return value and importlib from gilvm's embedded library.
import sys
import impfix
import impfix
print("value:", impfix.value, impfix.util.double(3))
print(impfix.__name__, impfix.__package__, impfix.__file__.endswith("impfix/__init__.py"))
print(impfix.__path__ == [sys.path[0] + "/impfix"], repr(impfix).startswith("<module 'impfix' from '"))
print(impfix.util.__package__, impfix.util.__file__ == sys.path[0] + "/impfix/util.py")
print("__path__" in vars(impfix.util))

import impfix.sub.leaf
print(impfix.sub.leaf.NAME, impfix.sub.leaf.PACKAGE, impfix.sub.leaf.SUMMARY)
import impfix.sub.leaf as leaf
print(leaf is impfix.sub.leaf is sys.modules["impfix.sub.leaf"])
from impfix.sub import leaf as leaf2, alpha
print(leaf2 is leaf, alpha)
from impfix.deep.er import mod
print(mod.LEVEL3, sys.modules["impfix.deep.er.mod"] is mod, impfix.deep.er.mod is mod)
from impfix import notpkg
print(notpkg.x, "impfix.notpkg" in sys.modules)

top = __import__("impfix.sub.leaf")
print(top is impfix, __import__("impfix.sub.leaf", fromlist=["x"]) is leaf)
print(__import__("sub", globals={"__package__": "impfix"}, level=1) is impfix.sub)
print(__import__("", {"__name__": "impfix.sub.leaf"}, None, ["alpha"], 1) is impfix.sub)

import importlib
print(importlib.import_module("impfix.util") is impfix.util)
print(importlib.import_module(".leaf", "impfix.sub") is leaf)
print(importlib.import_module("..util", "impfix.sub") is impfix.util)
print(importlib.__name__, importlib.__file__.endswith("/importlib/__init__.py"))
print(importlib.import_module("impfix.replaced"), sys.modules["impfix.replaced"] == impfix.replaced)
try:
    importlib.import_module(".util")
except TypeError as e:
    print("TypeError:", e)
importlib.invalidate_caches()

print(sys.path[0] != "", sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
print(__name__, "impfix.sub" in sys.modules, "impfix.nothere" in sys.modules)
