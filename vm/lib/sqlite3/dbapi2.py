"""sqlite3.dbapi2: the DB-API names, for code that imports them from here as from CPython's."""
from sqlite3 import *
