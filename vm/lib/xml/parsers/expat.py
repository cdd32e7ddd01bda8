"""xml.parsers.expat: the pyexpat module (vm/modules/mod_pyexpat.c) under its package name."""
from pyexpat import (ExpatError, error, ParserCreate, ErrorString, XMLParserType,
                     EXPAT_VERSION, version_info, native_encoding)
