"""Parsers for XML: expat (the pyexpat module over libexpat)."""
