"""xml.parsers.expat: the pyexpat module (vm/modules/mod_pyexpat.c) under its package name."""
import sys

from pyexpat import (ExpatError, error, ParserCreate, ErrorString, XMLParserType,
                     EXPAT_VERSION, version_info, native_encoding, errors, model)

# `import xml.parsers.expat.errors` finds the submodules, as in CPython.
sys.modules["xml.parsers.expat.errors"] = errors
sys.modules["xml.parsers.expat.model"] = model
